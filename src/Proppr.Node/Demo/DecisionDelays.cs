using System.Globalization;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.Replay.FotMob;
using Proppr.Replay.Generation;
using Proppr.Replay.Server;
using Proppr.Replay.Timeline;

namespace Proppr.Node.Demo;

/// <summary>
/// How soon the node settled what happened on the pitch: for every bet decided in play by an event, the delay from the
/// instant of the fact that decided it to the node's first settlement (in match-day time, the node settles on the
/// replay's clock), as median and p95, beside the FotMob requests spent per fixture-hour in play. The deciding fact is
/// found by grading the bet with the same rules against the match as it truly stood (no provider delay) at each fact's
/// instant: the first instant that gives the node's decision, where the instant just before did not, so a decision
/// made by a period's end (an UNDER at full time, a first-half bet at half time) is not counted.
/// </summary>
public sealed record DecisionDelays(IReadOnlyList<TimeSpan> Delays, int Requests, TimeSpan InPlay, double Speed)
{
    private static readonly TimeSpan JustBefore = TimeSpan.FromSeconds(1);

    public static DecisionDelays Measure(DemoDay day, IReadOnlyDictionary<string, FirstDecision> decisions, FotMobCallLog calls, double speed)
    {
        var settler = new Settler(SettlementPolicy.Default);
        var truths = new Dictionary<(long, DateTimeOffset), MatchSnapshot>();
        var delays = new List<TimeSpan>();
        foreach (var bet in day.Bets)
        {
            if (decisions.GetValueOrDefault(bet.BetId) is not { } decision || day.MatchOf(bet) is not { Postponed: false } match)
            {
                continue;
            }
            MatchSnapshot TruthAt(DateTimeOffset instant) =>
                truths.TryGetValue((match.MatchId, instant), out var known) ? known
                    : truths[(match.MatchId, instant)] = FotMobParser.Parse(FotMobMatchWriter.Write(match, instant));
            bool Decided(DateTimeOffset instant) =>
                WireNames.Statuses.NameOf(settler.Settle(bet, TruthAt(instant), instant).Status) == decision.Status;
            if (DecidingFact(match, Decided) is { } happened && (bet.PlacedAt is null || bet.PlacedAt <= happened))
            {
                delays.Add(decision.SettledAt - happened);
            }
        }
        var played = day.FixturesWithBets.Select(day.Day.Find).OfType<SyntheticMatch>().Where(m => !m.Postponed).ToList();
        var requests = played.Sum(m => new MatchSchedule(m) is var s ? calls.Of(m.MatchId).Count(at => at >= s.Kickoff && at < s.FullTime) : 0);
        var inPlay = played.Aggregate(TimeSpan.Zero, (sum, m) => sum + (new MatchSchedule(m).FullTime - m.Kickoff));
        return new DecisionDelays([.. delays.Order()], requests, inPlay, speed);
    }

    public TimeSpan Median => Percentile(0.5);

    public TimeSpan P95 => Percentile(0.95);

    public double RequestsPerFixtureHour => InPlay > TimeSpan.Zero ? Requests / InPlay.TotalHours : 0;

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"In-play decisions by an event ({Delays.Count} bets): fact to settlement"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  median {Median.TotalSeconds,6:F0} s match time ({Median.TotalSeconds / Speed:F2} s real at {Speed}x), p95 {P95.TotalSeconds,6:F0} s ({P95.TotalSeconds / Speed:F2} s real)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  FotMob requests in play: {Requests} over {InPlay.TotalHours:F1} fixture-hours, {RequestsPerFixtureHour:F1} per fixture-hour"));
    }

    /// <summary>The instant of the first fact after which the bet stands decided as the node decided it, if a fact did.</summary>
    private static DateTimeOffset? DecidingFact(SyntheticMatch match, Func<DateTimeOffset, bool> decided)
    {
        var schedule = new MatchSchedule(match);
        var facts = match.Facts;
        var instants = facts.Goals.Select(f => f.Time).Concat(facts.Cards.Select(f => f.Time)).Concat(facts.Shots.Select(f => f.Time))
            .Concat(facts.Corners.Select(f => f.Time)).Concat(facts.Fouls.Select(f => f.Time)).Concat(facts.Offsides.Select(f => f.Time))
            .Concat(facts.Substitutions.Select(f => f.Time))
            .Select(schedule.HappenedAt).Where(at => at < schedule.FullTime).Distinct().Order().ToList();
        // Counts only grow in play: once decided a bet stays decided, so the first such instant is found by halving.
        var (low, high) = (0, instants.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = decided(instants[middle]) ? (low, middle) : (middle + 1, high);
        }
        return low < instants.Count && !decided(instants[low] - JustBefore) ? instants[low] : null;
    }

    private TimeSpan Percentile(double p) =>
        Delays.Count == 0 ? TimeSpan.Zero : Delays[Math.Clamp((int)Math.Ceiling(p * Delays.Count) - 1, 0, Delays.Count - 1)];
}

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
/// made by a period's start or end (a non-starter's void at kickoff, an UNDER at full time, a first-half bet at half
/// time) is not counted. Decisions by a fact the odds price (a goal, card, corner, a player's shot or foul: so they can
/// tell of it) are also given apart from those by other facts.
/// </summary>
public sealed record DecisionDelays(IReadOnlyList<TimeSpan> Priced, IReadOnlyList<TimeSpan> Other, int Requests, TimeSpan InPlay, double Speed)
{
    private static readonly TimeSpan JustBefore = TimeSpan.FromSeconds(1);

    public static DecisionDelays Measure(DemoDay day, IReadOnlyDictionary<string, FirstDecision> decisions, FotMobCallLog calls, double speed)
    {
        var settler = new Settler(SettlementPolicy.Default);
        var truths = new Dictionary<(long, DateTimeOffset), MatchDetails>();
        var (priced, other) = (new List<TimeSpan>(), new List<TimeSpan>());
        foreach (var bet in day.Bets)
        {
            if (decisions.GetValueOrDefault(bet.BetId) is not { } decision || day.MatchOf(bet) is not { Postponed: false } match)
            {
                continue;
            }
            MatchDetails TruthAt(DateTimeOffset instant) =>
                truths.TryGetValue((match.MatchId, instant), out var known) ? known
                    : truths[(match.MatchId, instant)] = FotMobParser.Parse(FotMobMatchWriter.Write(match, instant));
            bool Decided(DateTimeOffset instant) =>
                WireNames.Statuses.NameOf(settler.Settle(bet, TruthAt(instant), instant).Status) == decision.Status;
            if (DecidingFact(match, Decided) is { } happened && (bet.PlacedAt is null || bet.PlacedAt <= happened))
            {
                (PricedFacts(match).Contains(happened) ? priced : other).Add(decision.SettledAt - happened);
            }
        }
        var played = day.FixturesWithBets.Select(day.Day.Find).OfType<SyntheticMatch>().Where(m => !m.Postponed).ToList();
        var requests = played.Sum(m => new MatchSchedule(m) is var s ? calls.Of(m.MatchId).Count(at => at >= s.Kickoff && at < s.End) : 0);
        var inPlay = played.Aggregate(TimeSpan.Zero, (sum, m) => sum + (new MatchSchedule(m).End - m.Kickoff));
        return new DecisionDelays([.. priced.Order()], [.. other.Order()], requests, inPlay, speed);
    }

    /// <summary>Every in-play decision's delay, shortest first.</summary>
    public IReadOnlyList<TimeSpan> Delays => [.. Priced.Concat(Other).Order()];

    public TimeSpan Median => Percentile(Delays, 0.5);

    public TimeSpan P95 => Percentile(Delays, 0.95);

    public double RequestsPerFixtureHour => InPlay > TimeSpan.Zero ? Requests / InPlay.TotalHours : 0;

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"In-play decisions by an event ({Delays.Count} bets): fact to settlement"));
        Line(output, "all", Delays);
        Line(output, "by a fact the odds price", Priced);
        Line(output, "by another fact", Other);
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
            .Select(schedule.HappenedAt).Where(at => at > schedule.Kickoff && at < schedule.FullTime).Distinct().Order().ToList();
        // Counts only grow in play: once decided a bet stays decided, so the first such instant is found by halving.
        var (low, high) = (0, instants.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = decided(instants[middle]) ? (low, middle) : (middle + 1, high);
        }
        return low < instants.Count && !decided(instants[low] - JustBefore) ? instants[low] : null;
    }

    private void Line(TextWriter output, string which, IReadOnlyList<TimeSpan> delays)
    {
        var (median, p95) = (Percentile(delays, 0.5), Percentile(delays, 0.95));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {which,-26} {delays.Count,5} bets: median {median.TotalSeconds,5:F0} s match time ({median.TotalSeconds / Speed:F2} s real at {Speed}x), p95 {p95.TotalSeconds,5:F0} s ({p95.TotalSeconds / Speed:F2} s real)"));
    }

    /// <summary>The instants of the facts the odds price: goals, cards, corners, shots and fouls.</summary>
    private static HashSet<DateTimeOffset> PricedFacts(SyntheticMatch match)
    {
        var schedule = new MatchSchedule(match);
        var facts = match.Facts;
        return [.. facts.Goals.Select(f => f.Time).Concat(facts.Cards.Select(f => f.Time)).Concat(facts.Corners.Select(f => f.Time))
            .Concat(facts.Shots.Select(f => f.Time)).Concat(facts.Fouls.Select(f => f.Time)).Select(schedule.HappenedAt)];
    }

    private static TimeSpan Percentile(IReadOnlyList<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

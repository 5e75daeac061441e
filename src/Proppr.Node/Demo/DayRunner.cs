using System.Globalization;
using System.Text.Json.Nodes;
using Proppr.Replay.Server;
using Proppr.Replay.Timeline;

namespace Proppr.Node.Demo;

/// <summary>
/// Sends the bets as the day reaches them and follows their settlements until the day is over (every finished
/// fixture has looked for corrections and graded what it found) and every tracked bet is decided, with the read model
/// showing each bet as its fixture holds it, so the summary has every re-settlement (bets on a postponed match still
/// inside its window stay pending, as the rules say); progress every few seconds. A day that runs well past its end
/// stops waiting and reports what is still open. The report measures how soon the in-play decisions followed their
/// facts, from the FotMob requests the replay logged (<see cref="DecisionDelays"/>).
/// </summary>
public sealed class DayRunner(DemoDay day, ReplayClock clock, HttpClient node, TextWriter output, FotMobCallLog fotMobCalls)
{
    /// <summary>Open bets on fixtures FotMob calls postponed: the rules keep them pending inside the window.</summary>
    private readonly HashSet<string> _waitingForPostponedMatch = new(StringComparer.Ordinal);

    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(2);

    public async Task<DemoReport> RunAsync(CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var deadline = started + clock.RealDuration(day.End - clock.Now) + Slack;
        var feeder = new BetFeeder(node, clock, day.Bets);
        var settlements = new SettlementTracker(node);
        var feeding = feeder.RunAsync(cancellationToken);
        var nextProgress = started;
        while (true)
        {
            await settlements.CatchUpAsync(cancellationToken);
            if (feeding.IsFaulted)
            {
                await feeding;
            }
            var done = feeding.IsCompleted && clock.Now >= day.End && await FixturesSettledAsync(settlements, cancellationToken)
                && settlements.AllDecided(Tracked(feeder).Where(id => !_waitingForPostponedMatch.Contains(id)));
            var now = DateTimeOffset.UtcNow;
            if (now >= nextProgress || done)
            {
                Progress(feeder, settlements);
                nextProgress = now + ProgressEvery;
            }
            if (done)
            {
                break;
            }
            if (now > deadline)
            {
                output.WriteLine("The day is over but some bets are still open: the summary shows them as pending.");
                break;
            }
            await Task.Delay(Poll, cancellationToken);
        }
        var report = await DemoReport.BuildAsync(node, day, feeder, settlements, _waitingForPostponedMatch, cancellationToken);
        return report with { Delays = DecisionDelays.Measure(day, settlements.FirstDecisions, fotMobCalls, clock.Speed) };
    }

    /// <summary>
    /// Every finished fixture has made the correction check that sees its correction (a called-off one has none to
    /// make) and graded what it found, and the settlements followed so far show each of its bets as the fixture holds it.
    /// </summary>
    private async Task<bool> FixturesSettledAsync(SettlementTracker settlements, CancellationToken cancellationToken)
    {
        foreach (var fixtureId in day.FixturesWithBets)
        {
            var fixture = await node.GetFromJsonAsync<JsonNode>(string.Create(CultureInfo.InvariantCulture, $"api/fixtures/{fixtureId}"), cancellationToken);
            var status = (string?)fixture!["status"];
            var checks = DemoDay.ChecksToSeeCorrection(day.Day.Find(fixtureId)!);
            var over = status == "finished" ? (int)fixture["correction_checks_done"]! >= checks : status is "postponed" or "cancelled" or "abandoned";
            if (!over || (bool)fixture["grading"]! || !ReadAsHeld(fixture, settlements))
            {
                return false;
            }
            if (status == "postponed")
            {
                _waitingForPostponedMatch.UnionWith(fixture["open_bets"]!.AsArray().Select(bet => (string)bet!["bet"]!["bet_id"]!));
            }
        }
        return true;
    }

    private static bool ReadAsHeld(JsonNode fixture, SettlementTracker settlements) =>
        fixture["settled_bets"]!.AsArray().All(bet =>
            DemoSettlement.FromContract(bet!["settlement"]!) is var held && settlements.Latest.GetValueOrDefault(held.BetId) == held);

    private static IEnumerable<string> Tracked(BetFeeder feeder) =>
        feeder.Answers.Where(a => a.Value is "accepted" or "duplicate" or "pending_resolution").Select(a => a.Key);

    private void Progress(BetFeeder feeder, SettlementTracker settlements)
    {
        var now = clock.Now;
        var inPlay = day.Day.Matches.Count(m => !m.Postponed && m.Kickoff <= now && now < new MatchSchedule(m).End);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  [{now:HH:mm} match time] {inPlay} in play, {feeder.Sent}/{day.Bets.Count} bets sent, {settlements.Decided} decided"));
    }
}

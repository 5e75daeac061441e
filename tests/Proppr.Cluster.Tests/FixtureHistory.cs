using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches;
using Proppr.TestSupport;

namespace Proppr.Cluster.Tests;

/// <summary>One fixture's journal, and what it says about exactly-once settlement.</summary>
public sealed record FixtureHistory(long FixtureId, IReadOnlyList<IFixtureEvent> Events)
{
    public IEnumerable<Bet> TrackedBets => Events.TrackedBets();

    /// <summary>Every settlement and re-settlement written, in journal order.</summary>
    public IEnumerable<Settlement> Settlements => Events.AllSettlements();

    /// <summary>
    /// Everything wrong with this fixture's bets: a bet tracked twice, not settled exactly once, re-settled without the
    /// feed taking a fact back, written twice on the same facts, or ending anywhere but where the pure rules put it on the
    /// final payload. Empty when all is well.
    /// </summary>
    public IEnumerable<string> Problems(MatchDetails final, bool revised, DateTimeOffset now)
    {
        var settler = new Settler(SettlementPolicy.Default);
        foreach (var group in TrackedBets.GroupBy(bet => bet.BetId).Where(group => group.Count() > 1))
        {
            yield return $"{group.Key}: tracked {group.Count()} times";
        }
        foreach (var bet in TrackedBets.DistinctBy(bet => bet.BetId))
        {
            var written = Settlements.Where(s => s.BetId == bet.BetId).ToList();
            var firsts = Events.FirstSettlements().Count(settlement => settlement.BetId == bet.BetId);
            if (firsts != 1)
            {
                yield return $"{bet.BetId}: {firsts} first settlements";
            }
            if (written.Count > 1 && !revised)
            {
                yield return $"{bet.BetId}: re-settled on fixture {FixtureId}, whose feed never took a fact back";
            }
            if (written.Zip(written.Skip(1)).Any(pair => pair.Item1.SameDecisionAs(pair.Item2)))
            {
                yield return $"{bet.BetId}: the same decision written twice";
            }
            var expected = settler.Settle(bet, final, now);
            if (written.LastOrDefault() is not { } last || !last.SameDecisionAs(expected))
            {
                yield return $"{bet.BetId}: ended {Describe(written.LastOrDefault())}, the rules say {Describe(expected)}";
            }
        }
    }

    private static string Describe(Settlement? settlement) =>
        settlement is null ? "unsettled" : $"{settlement.Status} {settlement.Returns} ({settlement.Reason ?? "-"})";
}

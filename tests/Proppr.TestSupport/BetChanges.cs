using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;

namespace Proppr.TestSupport;

/// <summary>What a fixture journal's bet events did, change by change, whichever shape they were written in.</summary>
public static class BetChanges
{
    public static IEnumerable<BetChange> ChangesOf(this IEnumerable<object> journal) =>
        journal.OfType<IBetEvent>().SelectMany(e => e.Changes());

    public static IEnumerable<Bet> TrackedBets(this IEnumerable<object> journal) =>
        journal.ChangesOf().OfType<BetTrackedChange>().Select(change => change.Bet);

    /// <summary>Every first settlement written, in journal order.</summary>
    public static IEnumerable<Settlement> FirstSettlements(this IEnumerable<object> journal) =>
        journal.ChangesOf().OfType<SettlementChange>().Where(change => !change.Resettled).Select(change => change.Settlement);

    public static IEnumerable<Settlement> Resettlements(this IEnumerable<object> journal) =>
        journal.ChangesOf().OfType<SettlementChange>().Where(change => change.Resettled).Select(change => change.Settlement);

    /// <summary>Every settlement and re-settlement written, in journal order.</summary>
    public static IEnumerable<Settlement> AllSettlements(this IEnumerable<object> journal) =>
        journal.ChangesOf().OfType<SettlementChange>().Select(change => change.Settlement);
}

using Proppr.Actors.Betting;

namespace Proppr.Actors.Fixtures;

/// <summary>A bet in its fixture's state: the bet as tracked and its latest durable settlement.</summary>
public sealed record TrackedBet(Bet Bet, Settlement? Latest)
{
    public bool IsDecided => Latest is { Status: not SettlementStatus.Pending };
}

using Proppr.Actors.Betting;
using Proppr.Actors.Odds.Books;

namespace Proppr.Actors.Fixtures;

/// <summary>A bet in its fixture's state: the bet as tracked, its latest durable settlement and its closing line once fixed.</summary>
public sealed record TrackedBet(Bet Bet, Settlement? Latest, ClosingLine? Closing = null)
{
    public bool IsDecided => Latest is { Status: not SettlementStatus.Pending };
}

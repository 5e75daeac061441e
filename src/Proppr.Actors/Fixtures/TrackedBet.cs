using Proppr.Actors.Betting;
using Proppr.Actors.Odds.Books;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// A bet in its fixture's state: the bet as tracked, its latest durable settlement, its closing line once fixed, and
/// the fixture it was moved to when this one's match id stopped answering (<see cref="BetsMoved"/>).
/// </summary>
public sealed record TrackedBet(Bet Bet, Settlement? Latest, ClosingLine? Closing = null, long? MovedTo = null)
{
    /// <summary>Nothing left to decide here: settled, or gone to the fixture that decides it.</summary>
    public bool IsDecided => MovedTo is not null || Latest is { Status: not SettlementStatus.Pending };

    /// <summary>Graded by this fixture: neither history from before Proppr nor moved away.</summary>
    public bool IsGradedHere => MovedTo is null && FixtureState.Grades(Bet);
}

namespace Proppr.Actors.Fixtures;

/// <summary>Why a bet left its fixture for another (<see cref="BetsMoved"/>): the reason codes of the audit trail.</summary>
public static class MoveReasons
{
    /// <summary>FotMob answered "no such match" for the fixture's id.</summary>
    public const string NotFound = "fixture_not_found";

    /// <summary>FotMob answered the fixture's id with another match's payload.</summary>
    public const string AnotherMatch = "fixture_answered_another_match";

    /// <summary>The bet came to a fixture whose bets had already moved, and followed them.</summary>
    public const string FollowedMove = "fixture_moved";
}

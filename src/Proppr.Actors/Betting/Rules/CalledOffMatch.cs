using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// Bets the rules left undecided on a match that was not (fully) played (<c>spec/settlement-rules.md</c>, Abandoned,
/// postponed, cancelled): refunded at once when it was cancelled or abandoned; when postponed, refunded once the
/// policy's window from kickoff has passed (a match rescheduled within it keeps its bets).
/// </summary>
internal static class CalledOffMatch
{
    public static Decision? Decide(Bet bet, MatchDetails match, DateTimeOffset now, TimeSpan postponementWindow) => match.Status switch
    {
        MatchStatus.Cancelled => Decision.Refund(SettlementReasons.Cancelled),
        MatchStatus.Abandoned => Decision.Refund(SettlementReasons.Abandoned),
        // Without a known kickoff the window cannot run out: the bet waits for the match to be rescheduled or called off.
        MatchStatus.Postponed when (match.Kickoff ?? bet.Kickoff) is { } kickoff && now >= kickoff + postponementWindow =>
            Decision.Refund(SettlementReasons.Postponed),
        _ => null,
    };
}

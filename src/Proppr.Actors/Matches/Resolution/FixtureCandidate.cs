namespace Proppr.Actors.Matches.Resolution;

/// <summary>
/// A FotMob match that might be the one an odds event or bet means: both names FotMob gives for each side, and where
/// the match stands (a postponed match is still the match meant; its bets are settled by the rules for that).
/// </summary>
public sealed record FixtureCandidate(
    long MatchId,
    string HomeName,
    string? HomeLongName,
    string AwayName,
    string? AwayLongName,
    DateTimeOffset Kickoff,
    string? League,
    MatchStatus Status,
    long? LeagueId = null);

namespace Proppr.Actors.Matches.Resolution;

/// <summary>A FotMob match that might be the one an odds event or bet means: both names FotMob gives for each side.</summary>
public sealed record FixtureCandidate(
    long MatchId,
    string HomeName,
    string? HomeLongName,
    string AwayName,
    string? AwayLongName,
    DateTimeOffset Kickoff,
    string? League);

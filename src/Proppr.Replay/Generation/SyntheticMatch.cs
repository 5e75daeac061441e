namespace Proppr.Replay.Generation;

/// <summary>
/// One generated fixture. <see cref="MatchId"/> is its FotMob id and <see cref="OddsEventId"/> the odds provider's: they
/// share nothing, so linking them takes the team names and kickoff (as in production) or <see cref="MatchDay.OddsEventIds"/>.
/// A postponed match never kicks off and has no facts worth reading.
/// </summary>
public sealed record SyntheticMatch(
    long MatchId,
    long OddsEventId,
    ReplayLeague League,
    int Round,
    DateTimeOffset Kickoff,
    SyntheticTeam Home,
    SyntheticTeam Away,
    GoalRates Rates,
    bool Postponed,
    MatchFacts Facts,
    StatCorrection? Correction)
{
    /// <summary>How the feed departs from the facts or the usual match (<see cref="FeedQuirk"/>).</summary>
    public MatchQuirks Quirks { get; init; } = MatchQuirks.None;

    /// <summary>The shape its FotMob payload is written in.</summary>
    public FotMobEra Era { get; init; } = FotMobEra.Season2024;

    /// <summary>The facts as published: the original ones, or the corrected ones once the correction is out.</summary>
    public MatchFacts FactsFor(bool corrected) => corrected && Correction is { } correction ? correction.Corrected : Facts;

    public PitchRoster Roster(bool corrected) => PitchRoster.Of(Home, Away, FactsFor(corrected));
}

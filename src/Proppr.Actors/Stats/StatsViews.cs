using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Stats;

/// <summary>One stat in one period with its three windows.</summary>
public sealed record StatAverages(BetPeriod Period, Stat Stat, AverageSet Averages);

/// <summary>What <c>GET /api/teams/{id}/stats</c> shows: the team's averages and those of the players it used lately.</summary>
public sealed record TeamStatsView(long TeamId, string TeamName, int Matches, ImmutableArray<StatAverages> Averages, ImmutableArray<PlayerStatsView> Players);

public sealed record PlayerStatsView(long PlayerId, string PlayerName, long TeamId, int Matches, ImmutableArray<StatAverages> Averages);

/// <summary>What <c>GET /api/fixtures/{id}/projections</c> shows: the predicted lines and player projections last computed.</summary>
public sealed record FixtureProjections(
    long FixtureId,
    long HomeId,
    string Home,
    long AwayId,
    string Away,
    DateTimeOffset Kickoff,
    DateTimeOffset? ComputedAt,
    ImmutableArray<PredictedLine> Lines,
    ImmutableArray<PlayerProjection> Players);

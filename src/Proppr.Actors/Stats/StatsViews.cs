using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Stats;

/// <summary>One stat in one period with its three windows.</summary>
public sealed record StatAverages(BetPeriod Period, Stat Stat, AverageSet Averages);

/// <summary>
/// What <c>GET /api/teams/{id}/stats</c> shows: the team's averages, its last 5 matches and their results newest first
/// (the form array, W/D/L), and the players it used lately.
/// </summary>
public sealed record TeamStatsView(
    long TeamId,
    string TeamName,
    int Matches,
    ImmutableArray<StatAverages> Averages,
    ImmutableArray<RecentMatch> Last5,
    ImmutableArray<string> Form,
    ImmutableArray<PlayerStatsView> Players);

/// <summary>A player's averages and <see cref="PlayerFigures"/>: last 5 matches, form array, season with per-90 rates.</summary>
public sealed record PlayerStatsView(long PlayerId, string PlayerName, long TeamId, int Matches, ImmutableArray<StatAverages> Averages, PlayerForm Figures);

/// <summary>
/// What <c>GET /api/fixtures/{id}/projections</c> shows: the predicted lines and player projections last computed, and
/// each team's last 5 matches.
/// </summary>
public sealed record FixtureProjections(
    long FixtureId,
    long HomeId,
    string Home,
    long AwayId,
    string Away,
    DateTimeOffset Kickoff,
    DateTimeOffset? ComputedAt,
    ImmutableArray<PredictedLine> Lines,
    ImmutableArray<PlayerProjection> Players,
    ImmutableArray<RecentMatch> HomeLast5,
    ImmutableArray<RecentMatch> AwayLast5);

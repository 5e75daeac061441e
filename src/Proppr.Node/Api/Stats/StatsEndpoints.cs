using Proppr.Actors.Stats;

namespace Proppr.Node.Api.Stats;

/// <summary>
/// The stats pipeline's tables (reads): a team's and a player's rolling averages, and an upcoming fixture's predicted
/// lines and player projections. The pipeline fills them from the snapshots the fixtures fetch.
/// </summary>
public static class StatsEndpoints
{
    public static void MapStatsEndpoints(this IEndpointRouteBuilder app, ApiAccess access)
    {
        access.Reads(app.MapGet("/api/fixtures/{id}/projections", async (string id, StatsQueries stats, CancellationToken cancellationToken) =>
            RouteId.Positive(id) is not { } fixtureId
                ? ApiError.BadRequest($"'{id}' is not a FotMob fixture id (a positive integer)")
                : await stats.FixtureProjectionsAsync(fixtureId, cancellationToken) is { } projections
                    ? Results.Ok(projections)
                    : ApiError.NotFound($"fixture {fixtureId} is not an upcoming fixture the stats pipeline has seen (it sees a fixture once its pre-match snapshot is fetched)")));

        access.Reads(app.MapGet("/api/teams/{id}/stats", async (string id, StatsQueries stats, CancellationToken cancellationToken) =>
            RouteId.Positive(id) is not { } teamId
                ? ApiError.BadRequest($"'{id}' is not a FotMob team id (a positive integer)")
                : await stats.TeamStatsAsync(teamId, cancellationToken) is { } team
                    ? Results.Ok(team)
                    : ApiError.NotFound($"no finished match of team {teamId} has been recorded")));

        access.Reads(app.MapGet("/api/players/{id}/stats", async (string id, StatsQueries stats, CancellationToken cancellationToken) =>
            RouteId.Positive(id) is not { } playerId
                ? ApiError.BadRequest($"'{id}' is not a FotMob player id (a positive integer)")
                : await stats.PlayerStatsAsync(playerId, cancellationToken) is { } player
                    ? Results.Ok(player)
                    : ApiError.NotFound($"no finished match of player {playerId} has been recorded")));
    }
}

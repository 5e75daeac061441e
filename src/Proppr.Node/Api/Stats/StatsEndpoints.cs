using Proppr.Actors.Stats;

namespace Proppr.Node.Api.Stats;

/// <summary>
/// The stats pipeline's tables (reads): a team's and a player's rolling averages, and an upcoming fixture's predicted
/// lines and player projections. The pipeline fills them from the match details the fixtures fetch.
/// </summary>
public static class StatsEndpoints
{
    public static void MapStatsEndpoints(this IEndpointRouteBuilder app, ApiAccess access)
    {
        MapLookup(app, access, "/api/fixtures/{id}/projections", "fixture", (stats, id, token) => stats.FixtureProjectionsAsync(id, token),
            id => $"fixture {id} is not an upcoming fixture the stats pipeline has seen (it sees a fixture once its pre-match snapshot is fetched)");
        MapLookup(app, access, "/api/teams/{id}/stats", "team", (stats, id, token) => stats.TeamStatsAsync(id, token),
            id => $"no finished match of team {id} has been recorded");
        MapLookup(app, access, "/api/players/{id}/stats", "player", (stats, id, token) => stats.PlayerStatsAsync(id, token),
            id => $"no finished match of player {id} has been recorded");
    }

    /// <summary>One FotMob id in the route, one query: 400 for a malformed id, 404 with <paramref name="notFound"/>.</summary>
    private static void MapLookup<T>(
        IEndpointRouteBuilder app, ApiAccess access, string pattern, string what,
        Func<StatsQueries, long, CancellationToken, Task<T?>> find, Func<long, string> notFound) where T : class =>
        access.Reads(app.MapGet(pattern, async (string id, StatsQueries stats, CancellationToken cancellationToken) =>
            RouteId.Positive(id) is not { } key
                ? ApiError.BadRequest($"'{id}' is not a FotMob {what} id (a positive integer)")
                : await find(stats, key, cancellationToken) is { } found
                    ? Results.Ok(found)
                    : ApiError.NotFound(notFound(key))));
}

using Proppr.Actors.Odds.History;

namespace Proppr.Node.Api.Odds;

/// <summary>
/// <c>GET /api/odds/drops</c> and <c>GET /api/odds/value</c>: the price drops and value bets the fixtures announced, a
/// UTC day at a time (<c>day=YYYY-MM-DD</c>, required), oldest first, narrowed by <c>fixture_id</c>, at most
/// <c>limit</c> (default 500, at most 5000) a page; <c>after</c> (the page's <c>next_after</c>) reads on in the same day,
/// <c>previous_day</c> and <c>next_day</c> name the nearest days that hold any. Kept after the fixture is gone, for
/// <c>OddsHistory:RetentionDays</c> (30). Read.
/// </summary>
public static class OddsHistoryEndpoints
{
    public static void MapOddsHistoryEndpoints(this IEndpointRouteBuilder app, ApiAccess access)
    {
        access.Reads(app.MapGet("/api/odds/drops", (HttpRequest request, OddsHistoryQueries queries, CancellationToken cancellationToken) =>
            PageAsync(request, async (query, token) =>
            {
                var page = await queries.DropsAsync(query.Day, query.FixtureId, query.After, query.Limit, token);
                return OddsHistoryResponse.From(page, row => PriceDropEntry.From(row.FixtureId, row.Drop));
            }, cancellationToken)));
        access.Reads(app.MapGet("/api/odds/value", (HttpRequest request, OddsHistoryQueries queries, CancellationToken cancellationToken) =>
            PageAsync(request, async (query, token) =>
            {
                var page = await queries.ValueBetsAsync(query.Day, query.FixtureId, query.After, query.Limit, token);
                return OddsHistoryResponse.From(page, row => ValueBetEntry.From(row.FixtureId, row.Value, row.FoundAt));
            }, cancellationToken)));
    }

    private static async Task<IResult> PageAsync<T>(
        HttpRequest request, Func<HistoryQuery, CancellationToken, Task<OddsHistoryResponse<T>>> read, CancellationToken cancellationToken)
    {
        var query = new QueryParameters(request.Query);
        var day = query.RequiredDay("day");
        var fixtureId = query.Long("fixture_id");
        var limit = query.Long("limit") ?? OddsHistoryQueries.DefaultLimit;
        var afterText = query.Text("after");
        if (query.Error is { } error)
        {
            return ApiError.BadRequest(error);
        }
        if (limit is < 1 or > OddsHistoryQueries.MaxLimit)
        {
            return ApiError.BadRequest($"limit must be between 1 and {OddsHistoryQueries.MaxLimit}");
        }
        OddsHistoryCursor? after = null;
        if (afterText is not null && !OddsHistoryCursor.TryParse(afterText, out after))
        {
            return ApiError.BadRequest($"after '{afterText}' is not a page's next_after");
        }
        return Results.Ok(await read(new HistoryQuery(day, fixtureId, after, (int)limit), cancellationToken));
    }

    private sealed record HistoryQuery(DateOnly Day, long? FixtureId, OddsHistoryCursor? After, int Limit);
}

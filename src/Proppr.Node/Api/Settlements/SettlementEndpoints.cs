using Proppr.Actors.ReadModel;

namespace Proppr.Node.Api.Settlements;

/// <summary>
/// <c>GET /api/settlements?since=TIME</c> (decided at or after a time) or <c>?after=OFFSET</c> (after a journal offset,
/// to page through or catch up), oldest first, at most <c>limit</c> (default 500, at most 5000). Read.
/// </summary>
public static class SettlementEndpoints
{
    private const int DefaultLimit = 500;
    private const int MaxLimit = 5000;

    public static void MapSettlementEndpoints(this IEndpointRouteBuilder app, ApiAccess access)
    {
        access.Reads(app.MapGet("/api/settlements", async (HttpRequest request, BetQueries queries, CancellationToken cancellationToken) =>
        {
            var query = new QueryParameters(request.Query);
            var since = query.Time("since");
            var after = query.Long("after");
            var limit = query.Long("limit") ?? DefaultLimit;
            if (query.Error is { } error)
            {
                return ApiError.BadRequest(error);
            }
            if (since is null == after is null)
            {
                return ApiError.BadRequest("give either since (an ISO-8601 time) or after (a journal offset)");
            }
            if (limit is < 1 or > MaxLimit)
            {
                return ApiError.BadRequest($"limit must be between 1 and {MaxLimit}");
            }
            var rows = since is { } time
                ? await queries.SettlementsSinceAsync(time, (int)limit, cancellationToken)
                : await queries.SettlementsAfterAsync(after!.Value, (int)limit, cancellationToken);
            return Results.Ok(new SettlementsResponse([.. rows.Select(SettlementEntry.From)], rows.Count > 0 ? rows[^1].Offset : after));
        }));
    }
}

/// <summary>A page of settlements; pass <see cref="NextAfter"/> as <c>after</c> for the next one.</summary>
public sealed record SettlementsResponse(IReadOnlyList<SettlementEntry> Settlements, long? NextAfter);

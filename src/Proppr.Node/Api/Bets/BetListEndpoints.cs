using Proppr.Actors.ReadModel;

namespace Proppr.Node.Api.Bets;

/// <summary>
/// <c>GET /api/bets?day=YYYY-MM-DD</c>: the bets placed on a UTC day, in placing order, each with its current
/// settlement. Read.
/// </summary>
public static class BetListEndpoints
{
    public static void MapBetListEndpoints(this IEndpointRouteBuilder app, ApiAccess access)
    {
        access.Reads(app.MapGet("/api/bets", async (HttpRequest request, BetQueries queries, CancellationToken cancellationToken) =>
        {
            var query = new QueryParameters(request.Query);
            var date = query.RequiredDay("day");
            if (query.Error is { } error)
            {
                return ApiError.BadRequest(error);
            }
            var bets = await queries.BetsAsync(BetFilter.Day(date), cancellationToken);
            return Results.Ok(new BetListResponse(date, [.. bets.Select(BetSummary.From)]));
        }));
    }
}

public sealed record BetListResponse(DateOnly Day, IReadOnlyList<BetSummary> Bets);

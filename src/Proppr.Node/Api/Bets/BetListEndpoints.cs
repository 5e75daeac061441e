using Proppr.Actors.Betting.Contract;
using Proppr.Actors.ReadModel;

namespace Proppr.Node.Api.Bets;

/// <summary>
/// <c>GET /api/bets?day=YYYY-MM-DD</c>: the bets placed on a UTC day, in placing order, each with its current
/// settlement, narrowed by any of <c>source</c>, <c>market</c>, <c>min_stake</c>, <c>fixture_id</c> and <c>status</c>.
/// Read.
/// </summary>
public static class BetListEndpoints
{
    public static void MapBetListEndpoints(this IEndpointRouteBuilder app, ApiAccess access)
    {
        access.Reads(app.MapGet("/api/bets", async (HttpRequest request, BetQueries queries, CancellationToken cancellationToken) =>
        {
            var query = new QueryParameters(request.Query);
            var date = query.RequiredDay("day");
            var source = query.Text("source");
            var market = query.Name("market", WireNames.Markets);
            var minStake = query.Decimal("min_stake");
            var fixtureId = query.Long("fixture_id");
            var status = query.Name("status", WireNames.Statuses);
            if (query.Error is { } error)
            {
                return ApiError.BadRequest(error);
            }
            var filter = BetFilter.Day(date) with { Source = source, Market = market, MinStake = minStake, FixtureId = fixtureId, Status = status };
            var bets = await queries.BetsAsync(filter, cancellationToken);
            return Results.Ok(new BetListResponse(date, [.. bets.Select(BetSummary.From)]));
        }));
    }
}

public sealed record BetListResponse(DateOnly Day, IReadOnlyList<BetSummary> Bets);

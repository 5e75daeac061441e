using Proppr.Actors.ReadModel;

namespace Proppr.Node.Api.Reports;

/// <summary>
/// <c>GET /api/reports/pnl?from=&amp;to=&amp;by=source|market|day</c>: the P&amp;L of the bets settled in [from, to)
/// by their current settlement (read). Dates are UTC days; <c>by</c> defaults to source.
/// </summary>
public static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app, ApiAccess access)
    {
        access.Reads(app.MapGet("/api/reports/pnl", async (HttpRequest request, BetQueries queries, CancellationToken cancellationToken) =>
        {
            var query = new QueryParameters(request.Query);
            var from = query.Time("from");
            var to = query.Time("to");
            var byName = query.Text("by") ?? "source";
            if (query.Error is { } error)
            {
                return ApiError.BadRequest(error);
            }
            if (from is null || to is null)
            {
                return ApiError.BadRequest("from and to are required (ISO-8601 times or dates; to is exclusive)");
            }
            if (to <= from)
            {
                return ApiError.BadRequest("to must be after from");
            }
            PnlGrouping? grouping = byName.ToLowerInvariant() switch
            {
                "source" => PnlGrouping.Source,
                "market" => PnlGrouping.Market,
                "day" => PnlGrouping.Day,
                _ => null,
            };
            if (grouping is not { } by)
            {
                return ApiError.BadRequest($"by '{byName}' is not one of source, market, day");
            }
            var report = await queries.PnlAsync(from.Value, to.Value, by, cancellationToken);
            return Results.Ok(new PnlResponse(from.Value, to.Value, by, report.Total, report.Groups));
        }));
    }
}

public sealed record PnlResponse(DateTimeOffset From, DateTimeOffset To, PnlGrouping By, PnlFigures Total, IReadOnlyList<PnlGroup> Groups);

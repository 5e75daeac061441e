using Proppr.Actors.ReadModel.Clients;

namespace Proppr.Node.Api.Reports;

/// <summary>
/// <c>GET /api/reports/activity?day=YYYY-MM-DD[&amp;format=csv]</c>: the day's activity snapshot, one row per client
/// and source (<see cref="DailyActivity"/>), as JSON or as a CSV download (<see cref="ActivityCsv"/>). Read.
/// </summary>
public static class ActivityEndpoints
{
    public static void MapActivityEndpoints(this IEndpointRouteBuilder app, ApiAccess access, DayScreening screening)
    {
        access.Reads(app.MapGet("/api/reports/activity", async (HttpRequest request, ClientCategoryStore categories, CancellationToken cancellationToken) =>
        {
            var query = new QueryParameters(request.Query);
            var date = query.RequiredDay("day");
            var format = query.Text("format")?.ToLowerInvariant() ?? "json";
            if (query.Error is { } error)
            {
                return ApiError.BadRequest(error);
            }
            if (format is not ("json" or "csv"))
            {
                return ApiError.BadRequest($"format '{format}' is not one of json, csv");
            }
            var (bets, report, _) = await screening.ScreenAsync(date, cancellationToken);
            var rows = DailyActivity.Rows(date, bets, report, await categories.ListAsync(cancellationToken));
            return format == "csv"
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(ActivityCsv.Write(rows)), "text/csv; charset=utf-8", $"proppr-activity-{date:yyyy-MM-dd}.csv")
                : Results.Ok(new ActivityResponse(date, rows));
        }));
    }
}

public sealed record ActivityResponse(DateOnly Day, IReadOnlyList<ActivityRow> Rows);

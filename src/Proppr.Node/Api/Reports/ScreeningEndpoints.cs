using Proppr.Actors.ReadModel.Screening;

namespace Proppr.Node.Api.Reports;

/// <summary>
/// <c>GET /api/reports/screening?day=YYYY-MM-DD</c>: every client that bet on the day, with its flags and their
/// evidence (<see cref="DayScreening"/>), and in <c>drops_unavailable</c> the fixtures whose price drops could not be
/// read. Read.
/// </summary>
public static class ScreeningEndpoints
{
    public static void MapScreeningEndpoints(this IEndpointRouteBuilder app, ApiAccess access, DayScreening screening)
    {
        access.Reads(app.MapGet("/api/reports/screening", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            var query = new QueryParameters(request.Query);
            var date = query.RequiredDay("day");
            if (query.Error is { } error)
            {
                return ApiError.BadRequest(error);
            }
            var (_, report, unavailable) = await screening.ScreenAsync(date, cancellationToken);
            return Results.Ok(new ScreeningResponse(report.Day, report.Clients, report.UnattributedBets, unavailable));
        }));
    }
}

/// <summary>A day's screening and the fixtures whose price drops could not be read.</summary>
public sealed record ScreeningResponse(DateOnly Day, IReadOnlyList<ClientScreening> Clients, int UnattributedBets, IReadOnlyList<long> DropsUnavailable);

using Proppr.Actors.Fixtures;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.ReadModel;
using Proppr.Actors.ReadModel.Screening;
using Proppr.Node.Api.Fixtures;

namespace Proppr.Node.Api.Reports;

/// <summary>
/// <c>GET /api/reports/screening?day=YYYY-MM-DD</c>: every client that bet on the day, with its flags and their
/// evidence (<see cref="ClientScreener"/>). Bets come from the read model; price drops from the books of the
/// fixtures the client's priced bets were on that day. Books are not persisted: a fixture that has passivated since
/// comes back with an empty one, and one that does not answer in time is listed in <c>drops_unavailable</c>. Read.
/// </summary>
public static class ScreeningEndpoints
{
    public static void MapScreeningEndpoints(this IEndpointRouteBuilder app, ApiAccess access, FixtureLookup lookup, ScreeningSettings settings)
    {
        var screener = new ClientScreener(settings);
        access.Reads(app.MapGet("/api/reports/screening", async (
            HttpRequest request, BetQueries queries, CancellationToken cancellationToken) =>
        {
            var query = new QueryParameters(request.Query);
            var date = query.RequiredDay("day");
            if (query.Error is { } error)
            {
                return ApiError.BadRequest(error);
            }
            var window = BetFilter.Day(screener.WindowStart(date)) with { To = BetFilter.Day(date).To };
            var records = await queries.BetsAsync(window, cancellationToken);
            var dayBets = records.Where(bet => DateOnly.FromDateTime(bet.PlacedAt.UtcDateTime) == date).ToArray();
            var screened = records.Select(ScreenedBet.From).OfType<ScreenedBet>().ToArray();
            var pricedFixtures = screened
                .Where(bet => bet.PricedAs is not null && DateOnly.FromDateTime(bet.PlacedAt.UtcDateTime) == date)
                .Select(bet => bet.FixtureId).Distinct().ToArray();
            var books = await lookup.AskEachAsync<FixtureOddsView>(pricedFixtures, id => new GetFixtureOdds(id), cancellationToken);
            var drops = books.ToDictionary(book => book.Key, book => (IReadOnlyList<PriceDrop>)book.Value.Drops);
            var report = screener.Screen(date, screened, drops, dayBets.Count(bet => string.IsNullOrWhiteSpace(bet.Client)));
            return Results.Ok(new ScreeningResponse(
                report.Day, report.Clients, report.UnattributedBets, [.. pricedFixtures.Where(id => !books.ContainsKey(id)).Order()]));
        }));
    }
}

/// <summary>A day's screening and the fixtures whose price drops could not be read.</summary>
public sealed record ScreeningResponse(DateOnly Day, IReadOnlyList<ClientScreening> Clients, int UnattributedBets, IReadOnlyList<long> DropsUnavailable);

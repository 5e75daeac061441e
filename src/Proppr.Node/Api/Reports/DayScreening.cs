using Proppr.Actors.Fixtures;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.ReadModel;
using Proppr.Actors.ReadModel.Screening;
using Proppr.Node.Api.Fixtures;

namespace Proppr.Node.Api.Reports;

/// <summary>
/// Screens a day's clients (<see cref="ClientScreener"/>): bets from the read model, price drops from the books of the
/// fixtures the client's priced bets were on that day. Books are not persisted: a fixture that has passivated since
/// comes back with an empty one, and one that does not answer in time is named in
/// <see cref="ScreenedDay.DropsUnavailable"/>.
/// </summary>
public sealed class DayScreening(BetQueries queries, FixtureLookup lookup, ScreeningSettings settings)
{
    private readonly ClientScreener _screener = new(settings);

    public async Task<ScreenedDay> ScreenAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var window = BetFilter.Day(_screener.WindowStart(date)) with { To = BetFilter.Day(date).To };
        var records = await queries.BetsAsync(window, cancellationToken);
        var dayBets = records.Where(bet => DateOnly.FromDateTime(bet.PlacedAt.UtcDateTime) == date).ToArray();
        var screened = records.Select(ScreenedBet.From).OfType<ScreenedBet>().ToArray();
        var pricedFixtures = screened
            .Where(bet => bet.PricedAs is not null && DateOnly.FromDateTime(bet.PlacedAt.UtcDateTime) == date)
            .Select(bet => bet.FixtureId).Distinct().ToArray();
        var books = await lookup.AskEachAsync<FixtureOddsView>(pricedFixtures, id => new GetFixtureOdds(id), cancellationToken);
        var drops = books.ToDictionary(book => book.Key, book => (IReadOnlyList<PriceDrop>)book.Value.Drops);
        var report = _screener.Screen(date, screened, drops, dayBets.Count(bet => string.IsNullOrWhiteSpace(bet.Client)));
        return new ScreenedDay(dayBets, report, [.. pricedFixtures.Where(id => !books.ContainsKey(id)).Order()]);
    }
}

/// <summary>A day's bets, their screening, and the fixtures whose price drops could not be read.</summary>
public sealed record ScreenedDay(IReadOnlyList<BetRecord> Bets, ScreeningReport Report, IReadOnlyList<long> DropsUnavailable);

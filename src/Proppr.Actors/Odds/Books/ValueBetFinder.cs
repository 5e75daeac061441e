namespace Proppr.Actors.Odds.Books;

/// <summary>
/// Finds value: the sharp book's prices for each complete outcome set (<see cref="OutcomeSet"/>: the three 1X2
/// outcomes, over and under of one total, ...) give fair prices through <see cref="NoVig"/>; every other
/// bookmaker's price for one of those outcomes is value when <c>price / fair − 1 ≥ edge</c> and neither price is
/// older than the expiry. Sets with a single outcome carry no margin information and are skipped.
/// </summary>
internal static class ValueBetFinder
{
    public static IReadOnlyList<ValueBet> Find(
        IEnumerable<BookQuote> sharpQuotes, IEnumerable<BookQuote> otherQuotes, OddsOptions options, DateTimeOffset now)
    {
        var fair = new Dictionary<OddsKey, (decimal Price, BookQuote Sharp)>();
        foreach (var outcomes in sharpQuotes.GroupBy(quote => OutcomeSet(quote.Key)).Select(set => set.ToArray()).Where(set => set.Length >= 2))
        {
            var fairPrices = NoVig.FairPrices(outcomes.Select(quote => quote.Price).ToArray());
            for (var i = 0; i < outcomes.Length; i++)
            {
                fair[outcomes[i].Key] = (fairPrices[i], outcomes[i]);
            }
        }

        var found = new List<ValueBet>();
        foreach (var quote in otherQuotes)
        {
            if (!fair.TryGetValue(quote.Key, out var sharp))
            {
                continue;
            }
            var edge = quote.Price / sharp.Price - 1m;
            var expiresAt = (quote.SeenAt < sharp.Sharp.SeenAt ? quote.SeenAt : sharp.Sharp.SeenAt) + options.ValueExpiry;
            if (edge >= options.ValueEdge && now < expiresAt)
            {
                found.Add(new ValueBet(quote.Bookmaker, quote.Key, quote.Price, sharp.Price,
                    Math.Round(edge, ValueBet.EdgeDecimals, MidpointRounding.AwayFromZero), expiresAt));
            }
        }
        return found.OrderByDescending(value => value.Edge).ToArray();
    }

    /// <summary>
    /// The outcomes that together make one book to take the margin out of: the same market, line and label, except
    /// for single-price label markets (correct score), where every label is one outcome of the same book.
    /// </summary>
    private static OddsKey OutcomeSet(OddsKey key) =>
        key.Outcome == OddsOutcomes.Price ? key with { Outcome = "", Label = null } : key with { Outcome = "" };
}

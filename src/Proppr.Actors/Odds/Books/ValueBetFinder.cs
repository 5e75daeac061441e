namespace Proppr.Actors.Odds.Books;

/// <summary>
/// Finds value in two steps, so a book can keep each step's answer until its inputs change: the sharp book's prices
/// for each complete outcome set (<see cref="OutcomeSet"/>: the three 1X2 outcomes, over and under of one total, ...)
/// give fair prices through <see cref="NoVig"/>; another bookmaker's price for one of those outcomes is value when
/// <c>price / fair − 1 ≥ edge</c>, until the older of the two prices is older than the expiry. Sets with a single
/// outcome carry no margin information and are skipped.
/// </summary>
internal static class ValueBetFinder
{
    /// <summary>The fair price of every outcome the sharp book prices in a complete set.</summary>
    public static Dictionary<OddsKey, FairPrice> FairPrices(IEnumerable<BookQuote> sharpQuotes)
    {
        var sets = new Dictionary<OddsKey, List<BookQuote>>();
        foreach (var quote in sharpQuotes)
        {
            var set = OutcomeSet(quote.Key);
            if (!sets.TryGetValue(set, out var outcomes))
            {
                outcomes = [];
                sets[set] = outcomes;
            }
            outcomes.Add(quote);
        }

        var fair = new Dictionary<OddsKey, FairPrice>();
        foreach (var outcomes in sets.Values)
        {
            if (outcomes.Count < 2)
            {
                continue;
            }
            var fairPrices = NoVig.FairPrices([.. outcomes.Select(quote => quote.Price)]);
            for (var i = 0; i < outcomes.Count; i++)
            {
                fair[outcomes[i].Key] = new FairPrice(fairPrices[i], outcomes[i].SeenAt);
            }
        }
        return fair;
    }

    /// <summary>
    /// One bookmaker's value bets against <paramref name="fair"/>, each with the time it expires; whether it has
    /// expired yet is the caller's question.
    /// </summary>
    public static ValueBet[] Against(IReadOnlyDictionary<OddsKey, FairPrice> fair, IEnumerable<BookQuote> quotes, OddsOptions options)
    {
        List<ValueBet>? found = null;
        foreach (var quote in quotes)
        {
            if (!fair.TryGetValue(quote.Key, out var sharp))
            {
                continue;
            }
            var edge = quote.Price / sharp.Price - 1m;
            if (edge >= options.ValueEdge)
            {
                var expiresAt = (quote.SeenAt < sharp.SeenAt ? quote.SeenAt : sharp.SeenAt) + options.ValueExpiry;
                (found ??= []).Add(new ValueBet(quote.Bookmaker, quote.Key, quote.Price, sharp.Price,
                    Math.Round(edge, ValueBet.EdgeDecimals, MidpointRounding.AwayFromZero), expiresAt));
            }
        }
        return found is null ? [] : [.. found];
    }

    /// <summary>
    /// The outcomes that together make one book to take the margin out of: the same market, line and label, except
    /// for single-price label markets (correct score), where every label is one outcome of the same book.
    /// </summary>
    private static OddsKey OutcomeSet(OddsKey key) =>
        key.Outcome == OddsOutcomes.Price ? key with { Outcome = "", Label = null } : key with { Outcome = "" };
}

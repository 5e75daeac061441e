namespace Proppr.Actors.Odds.Books;

/// <summary>
/// One bookmaker's prices for one fixture, its variants merged. Each variant (<c>Bet365</c>, <c>Bet365 (no latency)</c>)
/// keeps its own latest market set, replaced whole by each message from it, so one variant never wipes the markets only
/// the other quotes. The bookmaker's price for an outcome is the most recently received among its variants (on a tie,
/// the variant applied last).
/// </summary>
internal sealed class BookmakerBook
{
    private readonly Dictionary<string, SourceQuotes> _sources = new(BookmakerName.Comparer);
    private readonly Dictionary<OddsKey, OutcomeState> _outcomes = new();
    private long _applied;

    public IEnumerable<BookQuote> Offered => _outcomes.Values.Where(state => state.Offered).Select(state => state.Latest);

    public BookQuote? Price(OddsKey key) => _outcomes.TryGetValue(key, out var state) && state.Offered ? state.Latest : null;

    public BookQuote? ClosingPrice(OddsKey key) => _outcomes.GetValueOrDefault(key)?.Closing;

    /// <summary>Replaces what <paramref name="source"/> quotes; returns each outcome whose price changed, with its previous quote.</summary>
    public List<(BookQuote Previous, BookQuote Current)> Replace(
        string source, IReadOnlyDictionary<OddsKey, BookQuote> quotes, DateTimeOffset now, DateTimeOffset kickoff)
    {
        var previous = _sources.GetValueOrDefault(source);
        _sources[source] = new SourceQuotes(++_applied, quotes);
        var changes = new List<(BookQuote Previous, BookQuote Current)>();
        foreach (var key in quotes.Keys)
        {
            Refresh(key, now, kickoff, changes);
        }
        foreach (var key in previous?.Quotes.Keys ?? [])
        {
            if (!quotes.ContainsKey(key))
            {
                Refresh(key, now, kickoff, changes);
            }
        }
        return changes;
    }

    /// <summary>Takes away what <paramref name="source"/> quotes, or every variant's quotes when it is null.</summary>
    public List<(BookQuote Previous, BookQuote Current)> Withdraw(string? source, DateTimeOffset now, DateTimeOffset kickoff)
    {
        var removed = source is null ? _sources.Keys.ToArray() : _sources.ContainsKey(source) ? [source] : [];
        var touched = removed.SelectMany(name => _sources[name].Quotes.Keys).Distinct().ToArray();
        foreach (var name in removed)
        {
            _sources.Remove(name);
        }
        var changes = new List<(BookQuote Previous, BookQuote Current)>();
        foreach (var key in touched)
        {
            Refresh(key, now, kickoff, changes);
        }
        return changes;
    }

    /// <summary>Brings one outcome up to date with its freshest quote; adds a price change to <paramref name="changes"/>.</summary>
    private void Refresh(OddsKey key, DateTimeOffset now, DateTimeOffset kickoff, List<(BookQuote Previous, BookQuote Current)> changes)
    {
        var best = Freshest(key);
        if (!_outcomes.TryGetValue(key, out var state))
        {
            if (best is not null)
            {
                _outcomes[key] = new OutcomeState(best, now <= kickoff ? best : null);
            }
            return;
        }
        if (best is null)
        {
            state.Offered = false;
            return;
        }
        if (state.Offered && ReferenceEquals(best, state.Latest))
        {
            return;
        }
        // A price that returns after a suspension is compared with the last one offered: a goal often moves it.
        if (best.Price != state.Latest.Price)
        {
            changes.Add((state.Latest, best));
        }
        state.Latest = best;
        state.Offered = true;
        if (now <= kickoff)
        {
            state.Closing = best;
        }
    }

    private BookQuote? Freshest(OddsKey key)
    {
        BookQuote? best = null;
        long bestOrder = 0;
        foreach (var source in _sources.Values)
        {
            if (source.Quotes.TryGetValue(key, out var quote) &&
                (best is null || quote.SeenAt > best.SeenAt || (quote.SeenAt == best.SeenAt && source.Order > bestOrder)))
            {
                best = quote;
                bestOrder = source.Order;
            }
        }
        return best;
    }

    private sealed record SourceQuotes(long Order, IReadOnlyDictionary<OddsKey, BookQuote> Quotes);

    /// <summary>
    /// What the book knows of one outcome: the latest quote (kept after the market is taken away, as the baseline for
    /// the next drop), whether it is on offer now, and the last quote offered at or before kickoff.
    /// </summary>
    private sealed class OutcomeState(BookQuote latest, BookQuote? closing)
    {
        public BookQuote Latest { get; set; } = latest;
        public bool Offered { get; set; } = true;
        public BookQuote? Closing { get; set; } = closing;
    }
}

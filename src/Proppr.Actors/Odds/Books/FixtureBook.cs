using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Odds.Books;

/// <summary>
/// The odds of one fixture (one provider event) across bookmakers, as the fixture actor keeps them:
/// <list type="bullet">
/// <item>each message replaces everything its bookmaker quotes for the event, as the provider's SDKs do; bookmaker
/// variants are one bookmaker (<see cref="BookmakerBook"/>);</item>
/// <item>every price carries its receipt time, for staleness (<see cref="BookQuote.IsStale"/>);</item>
/// <item>a fall of at least <see cref="OddsOptions.DropThresholdPercent"/> is recorded as a <see cref="PriceDrop"/>,
/// the last <see cref="OddsOptions.DropHistoryLimit"/> kept;</item>
/// <item>the last price offered at or before <see cref="Kickoff"/> is kept as the closing price, even after the
/// market is taken away at kickoff;</item>
/// <item><see cref="ValueBets"/> compares every bookmaker with the sharp book's fair prices.</item>
/// </list>
/// A plain mutable class for one actor: time is always passed in, so the same calls give the same book.
/// </summary>
public sealed class FixtureBook
{
    private readonly Dictionary<string, BookmakerBook> _bookmakers = new(BookmakerName.Comparer);
    private readonly Queue<PriceDrop> _drops = new();

    public FixtureBook(OddsOptions options, DateTimeOffset kickoff)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.DropHistoryLimit);
        Options = options;
        Kickoff = kickoff;
    }

    public OddsOptions Options { get; }

    public DateTimeOffset Kickoff { get; }

    /// <summary>The recorded drops, oldest first.</summary>
    public IReadOnlyList<PriceDrop> Drops => [.. _drops];

    /// <summary>Every price on offer now.</summary>
    public IEnumerable<BookQuote> Quotes => _bookmakers.Values.SelectMany(bookmaker => bookmaker.Offered);

    /// <summary>
    /// Replaces what <see cref="BookmakerMarkets.Bookmaker"/> quotes with <paramref name="odds"/> (a <c>created</c> or
    /// <c>updated</c> message, or one bookmaker of a REST snapshot), received at <paramref name="now"/>. Returns the
    /// drops it caused.
    /// </summary>
    public IReadOnlyList<PriceDrop> Apply(BookmakerMarkets odds, DateTimeOffset now)
    {
        var bookmaker = BookmakerName.Normalise(odds.Bookmaker);
        var quotes = new Dictionary<OddsKey, BookQuote>();
        foreach (var entry in odds.Entries)
        {
            quotes[entry.Key] = new BookQuote(bookmaker, odds.Bookmaker, entry, now);
        }
        return Record(Bookmaker(bookmaker).Replace(odds.Bookmaker, quotes, now, Kickoff));
    }

    /// <summary>
    /// Takes away what a bookmaker (as sent, variant included) quotes, or every bookmaker's prices when it is null: a
    /// <c>deleted</c> or <c>no_markets</c> message. Returns the drops it caused (another variant's lower price showing).
    /// </summary>
    public IReadOnlyList<PriceDrop> Withdraw(string? bookmaker, DateTimeOffset now)
    {
        var books = bookmaker is null
            ? _bookmakers.Values.ToArray()
            : _bookmakers.TryGetValue(BookmakerName.Normalise(bookmaker), out var book) ? [book] : [];
        return Record(books.SelectMany(book => book.Withdraw(bookmaker?.Trim(), now, Kickoff)).ToArray());
    }

    /// <summary>The bookmaker's price for the outcome, or null when it offers none now. Variant names are accepted.</summary>
    public BookQuote? Price(string bookmaker, OddsKey key) => Find(bookmaker)?.Price(key);

    /// <summary>The bookmaker's last price for the outcome at or before kickoff, or null when it offered none.</summary>
    public BookQuote? ClosingPrice(string bookmaker, OddsKey key) => Find(bookmaker)?.ClosingPrice(key);

    /// <summary>The value bets at <paramref name="now"/> against <see cref="OddsOptions.SharpBook"/>, best edge first.</summary>
    public IReadOnlyList<ValueBet> ValueBets(DateTimeOffset now)
    {
        var sharp = Find(Options.SharpBook);
        if (sharp is null)
        {
            return [];
        }
        var others = _bookmakers.Values.Where(book => !ReferenceEquals(book, sharp)).SelectMany(book => book.Offered);
        return ValueBetFinder.Find(sharp.Offered, others, Options, now);
    }

    private BookmakerBook? Find(string bookmaker) => _bookmakers.GetValueOrDefault(BookmakerName.Normalise(bookmaker));

    private BookmakerBook Bookmaker(string name)
    {
        if (!_bookmakers.TryGetValue(name, out var book))
        {
            book = new BookmakerBook();
            _bookmakers[name] = book;
        }
        return book;
    }

    private PriceDrop[] Record(IReadOnlyList<(BookQuote Previous, BookQuote Current)> changes)
    {
        var drops = changes
            .Select(change => PriceDrop.Between(change.Previous, change.Current, Options.DropThresholdPercent))
            .OfType<PriceDrop>()
            .ToArray();
        foreach (var drop in drops)
        {
            _drops.Enqueue(drop);
            if (_drops.Count > Options.DropHistoryLimit)
            {
                _drops.Dequeue();
            }
        }
        return drops;
    }
}

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
/// <item><see cref="ValueBets"/> compares every bookmaker with the sharp book's fair prices. Both are kept between
/// calls: the fair prices until the sharp book changes, each bookmaker's value bets until it or the sharp book
/// changes, so a tick from one bookmaker costs one bookmaker's comparison, not the whole book's.</item>
/// </list>
/// A plain mutable class for one actor: time is always passed in, so the same calls give the same book.
/// </summary>
public sealed class FixtureBook
{
    private readonly Dictionary<string, BookmakerBook> _bookmakers = new(BookmakerName.Comparer);
    private readonly Queue<PriceDrop> _drops = new();
    private readonly Dictionary<BookmakerBook, ValueBet[]> _valueByBookmaker = [];
    private readonly string _sharpBook;
    private Dictionary<OddsKey, FairPrice>? _fairPrices;

    public FixtureBook(OddsOptions options, DateTimeOffset kickoff)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.DropHistoryLimit);
        Options = options;
        Kickoff = kickoff;
        _sharpBook = BookmakerName.Normalise(options.SharpBook);
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
        var quotes = new Dictionary<OddsKey, BookQuote>(odds.Markets.Sum(market => market.Entries.Count));
        foreach (var market in odds.Markets)
        {
            foreach (var entry in market.Entries)
            {
                quotes[entry.Key] = new BookQuote(bookmaker, odds.Bookmaker, entry, now);
            }
        }
        var book = Bookmaker(bookmaker);
        var changes = book.Replace(odds.Bookmaker, quotes, now, Kickoff);
        Changed(bookmaker, book);
        return Record(changes);
    }

    /// <summary>
    /// Takes away what a bookmaker (as sent, variant included) quotes, or every bookmaker's prices when it is null: a
    /// <c>deleted</c> or <c>no_markets</c> message. Returns the drops it caused (another variant's lower price showing).
    /// </summary>
    public IReadOnlyList<PriceDrop> Withdraw(string? bookmaker, DateTimeOffset now)
    {
        string[] names = bookmaker is null ? [.. _bookmakers.Keys] : [BookmakerName.Normalise(bookmaker)];
        var changes = new List<(BookQuote Previous, BookQuote Current)>();
        foreach (var name in names)
        {
            if (_bookmakers.TryGetValue(name, out var book))
            {
                changes.AddRange(book.Withdraw(bookmaker?.Trim(), now, Kickoff));
                Changed(name, book);
            }
        }
        return Record(changes);
    }

    /// <summary>The bookmaker's price for the outcome, or null when it offers none now. Variant names are accepted.</summary>
    public BookQuote? Price(string bookmaker, OddsKey key) => Find(bookmaker)?.Price(key);

    /// <summary>The bookmaker's last price for the outcome at or before kickoff, or null when it offered none.</summary>
    public BookQuote? ClosingPrice(string bookmaker, OddsKey key) => Find(bookmaker)?.ClosingPrice(key);

    /// <summary>The value bets at <paramref name="now"/> against <see cref="OddsOptions.SharpBook"/>, best edge first.</summary>
    public IReadOnlyList<ValueBet> ValueBets(DateTimeOffset now)
    {
        var sharp = Find(_sharpBook);
        if (sharp is null)
        {
            return [];
        }
        var fair = _fairPrices ??= ValueBetFinder.FairPrices(sharp.Offered);
        List<ValueBet>? live = null;
        foreach (var book in _bookmakers.Values)
        {
            if (ReferenceEquals(book, sharp))
            {
                continue;
            }
            if (!_valueByBookmaker.TryGetValue(book, out var values))
            {
                values = ValueBetFinder.Against(fair, book.Offered, Options);
                _valueByBookmaker[book] = values;
            }
            foreach (var value in values)
            {
                if (now < value.ExpiresAt)
                {
                    (live ??= []).Add(value);
                }
            }
        }
        return live is null ? [] : live.Count == 1 ? live : [.. live.OrderByDescending(value => value.Edge)];
    }

    /// <summary>Forgets the value answers <paramref name="book"/>'s change made stale: all of them when it is the sharp book.</summary>
    private void Changed(string bookmaker, BookmakerBook book)
    {
        if (BookmakerName.Comparer.Equals(bookmaker, _sharpBook))
        {
            _fairPrices = null;
            _valueByBookmaker.Clear();
        }
        else
        {
            _valueByBookmaker.Remove(book);
        }
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

    /// <summary>Keeps the changes that are drops in the history (the latest up to the limit) and returns them.</summary>
    private IReadOnlyList<PriceDrop> Record(List<(BookQuote Previous, BookQuote Current)> changes)
    {
        List<PriceDrop>? drops = null;
        foreach (var (previous, current) in changes)
        {
            if (PriceDrop.Between(previous, current, Options.DropThresholdPercent) is not { } drop)
            {
                continue;
            }
            (drops ??= []).Add(drop);
            _drops.Enqueue(drop);
            if (_drops.Count > Options.DropHistoryLimit)
            {
                _drops.Dequeue();
            }
        }
        return (IReadOnlyList<PriceDrop>?)drops ?? [];
    }
}

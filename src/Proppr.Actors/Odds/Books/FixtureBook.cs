using System.Collections.Immutable;
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
/// Ticks update the book in place and only what they changed is recomputed: the fair prices of the sharp book's
/// outcome sets whose prices moved, and the value of the outcomes a tick touched (<see cref="TakeNewValueBets"/>).
/// Once every outcome is known, a tick allocates nothing: prices are <c>double</c> for the arithmetic, the provider's
/// exact decimal is kept beside them for what is shown, and drops go into a ring of values.
/// A plain mutable class for one actor: time is always passed in, so the same calls give the same book.
/// </summary>
public sealed class FixtureBook
{
    /// <summary>
    /// An edge this close to the threshold counts: the division is in <c>double</c>, and a price that meets the edge
    /// exactly (1.989 against a fair 1.95 at 2 %) must not miss it by rounding. Quoted prices have at most 3 decimals.
    /// </summary>
    private const double EdgeTolerance = 1e-9;

    private readonly Dictionary<string, BookmakerBook> _bookmakers = new(BookmakerName.Comparer);
    private readonly Dictionary<string, BookmakerBook> _bySentName = new(BookmakerName.Comparer);
    private readonly DropHistory _drops;
    private readonly List<OutcomePrice> _touched = [];
    private readonly List<OutcomeSet> _dirtySets = [];
    private readonly List<OutcomePrice> _newValue = [];
    private readonly string _sharpBook;
    private readonly double _valueEdge;
    private BookmakerBook? _sharp;
    private DateTimeOffset _lastAnnounced = DateTimeOffset.MinValue;
    private int _dropsRecorded;

    public FixtureBook(OddsOptions options, DateTimeOffset kickoff)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.DropHistoryLimit);
        Options = options;
        Kickoff = kickoff;
        _sharpBook = BookmakerName.Normalise(options.SharpBook);
        _valueEdge = (double)options.ValueEdge;
        _drops = new DropHistory(options.DropHistoryLimit);
    }

    public OddsOptions Options { get; }

    public DateTimeOffset Kickoff { get; }

    /// <summary>The recorded drops, oldest first.</summary>
    public IReadOnlyList<PriceDrop> Drops => _drops.Latest(_drops.Count);

    /// <summary>Every price on offer now.</summary>
    public IEnumerable<BookQuote> Quotes => _bookmakers.Values.SelectMany(bookmaker => bookmaker.Offered.Select(outcome => outcome.View));

    /// <summary>
    /// Replaces what <see cref="BookmakerMarkets.Bookmaker"/> quotes with <paramref name="odds"/> (a <c>created</c> or
    /// <c>updated</c> message, or one bookmaker of a REST sync), received at <paramref name="now"/>. Returns how many
    /// drops it recorded (<see cref="LatestDrops"/>).
    /// </summary>
    public int Apply(BookmakerMarkets odds, DateTimeOffset now)
    {
        _dropsRecorded = 0;
        BySentName(odds.Bookmaker).Replace(odds, now, Kickoff);
        RecomputeFairPrices();
        return _dropsRecorded;
    }

    /// <summary>
    /// Takes away what a bookmaker (as sent, variant included) quotes, or every bookmaker's prices when it is null: a
    /// <c>deleted</c> or <c>no_markets</c> message. Returns how many drops it recorded (another variant's lower price showing).
    /// </summary>
    public int Withdraw(string? bookmaker, DateTimeOffset now)
    {
        _dropsRecorded = 0;
        if (bookmaker is null)
        {
            foreach (var book in _bookmakers.Values)
            {
                book.Withdraw(null, now, Kickoff);
            }
        }
        else
        {
            Find(bookmaker)?.Withdraw(bookmaker.Trim(), now, Kickoff);
        }
        RecomputeFairPrices();
        return _dropsRecorded;
    }

    /// <summary>The last <paramref name="count"/> drops recorded, oldest first.</summary>
    public ImmutableArray<PriceDrop> LatestDrops(int count) => [.. _drops.Latest(count)];

    /// <summary>The bookmaker's price for the outcome, or null when it offers none now. Variant names are accepted.</summary>
    public BookQuote? Price(string bookmaker, OddsKey key) => Find(bookmaker)?.Price(key);

    /// <summary>The bookmaker's last price for the outcome at or before kickoff, or null when it offered none.</summary>
    public BookQuote? ClosingPrice(string bookmaker, OddsKey key) => Find(bookmaker)?.ClosingPrice(key);

    /// <summary>The value bets at <paramref name="now"/> against <see cref="OddsOptions.SharpBook"/>, best edge first.</summary>
    public IReadOnlyList<ValueBet> ValueBets(DateTimeOffset now)
    {
        var live = new List<ValueBet>();
        foreach (var book in _bookmakers.Values)
        {
            foreach (var outcome in book.Offered)
            {
                if (Value(outcome, out var sharp, out var expiresAt) && now < expiresAt)
                {
                    live.Add(ToValueBet(outcome, sharp, expiresAt));
                }
            }
        }
        return live.Count <= 1 ? live : [.. live.OrderByDescending(value => value.Edge)];
    }

    /// <summary>
    /// Looks at the outcomes changed since the last call (their own price, or the sharp price or fair price they are
    /// compared with) and returns how many are live value bets at <paramref name="now"/> that were not at the last call,
    /// or were at another price: each value bet is announced once, again when its price changes or it returns after
    /// expiring. <see cref="NewValueBets"/> gives them.
    /// </summary>
    public int TakeNewValueBets(DateTimeOffset now)
    {
        _newValue.Clear();
        // Index loop: touching another bookmaker's outcome below appends to the list being walked.
        for (var i = 0; i < _touched.Count; i++)
        {
            var outcome = _touched[i];
            if (outcome.Owner.IsSharp)
            {
                TouchOthers(outcome.Key);
                continue;
            }
            var liveNow = Value(outcome, out _, out var expiresAt) && now < expiresAt;
            var price = outcome.Latest.Entry.Price;
            var wasLive = outcome.Announced && _lastAnnounced < outcome.AnnouncedUntil;
            if (liveNow && !(wasLive && outcome.AnnouncedPrice == price))
            {
                _newValue.Add(outcome);
            }
            outcome.Announced = liveNow;
            outcome.AnnouncedPrice = price;
            outcome.AnnouncedUntil = expiresAt;
        }
        foreach (var outcome in _touched)
        {
            outcome.Touched = false;
        }
        _touched.Clear();
        _lastAnnounced = now;
        return _newValue.Count;
    }

    /// <summary>Whether ticks touched outcomes since the last <see cref="TakeNewValueBets"/>: new value bets may be among them.</summary>
    public bool HasUntakenChanges => _touched.Count > 0;

    /// <summary>The value bets the last <see cref="TakeNewValueBets"/> found new.</summary>
    public ImmutableArray<ValueBet> NewValueBets()
    {
        var values = ImmutableArray.CreateBuilder<ValueBet>(_newValue.Count);
        foreach (var outcome in _newValue)
        {
            if (Value(outcome, out var sharp, out var expiresAt))
            {
                values.Add(ToValueBet(outcome, sharp, expiresAt));
            }
        }
        return values.DrainToImmutable();
    }

    /// <summary>A bookmaker's outcome changed: records a drop when its price fell far enough, and marks what it affects.</summary>
    internal void Changed(OutcomePrice outcome, decimal? previousPrice)
    {
        if (previousPrice is { } previous &&
            PriceDrop.PercentBetween(previous, outcome.Latest.Entry.Price, Options.DropThresholdPercent) is { } percent)
        {
            _drops.Add(outcome.Owner.Name, outcome.Key, previous, outcome.Latest.Entry.Price, percent, outcome.Latest.SeenAt);
            _dropsRecorded++;
        }
        Touch(outcome);
        if (outcome.Set is { Dirty: false } set)
        {
            set.Dirty = true;
            _dirtySets.Add(set);
        }
    }

    /// <summary>True when <paramref name="outcome"/> (not the sharp book's) beats the sharp fair price by the edge; and until when.</summary>
    private bool Value(OutcomePrice outcome, out OutcomePrice sharp, out DateTimeOffset expiresAt)
    {
        expiresAt = default;
        if (!outcome.Offered || outcome.Owner.IsSharp || _sharp?.Outcome(outcome.Key) is not { } fair || double.IsNaN(fair.Fair))
        {
            sharp = null!;
            return false;
        }
        sharp = fair;
        var older = outcome.Latest.SeenAt < sharp.Latest.SeenAt ? outcome.Latest.SeenAt : sharp.Latest.SeenAt;
        expiresAt = older + Options.ValueExpiry;
        return outcome.Latest.Price / sharp.Fair - 1d >= _valueEdge - EdgeTolerance;
    }

    /// <summary>A value bet as shown: the provider's price, the fair price to 6 places, the edge in decimal to 4.</summary>
    private static ValueBet ToValueBet(OutcomePrice outcome, OutcomePrice sharp, DateTimeOffset expiresAt)
    {
        var price = outcome.Latest.Entry.Price;
        var fair = (decimal)sharp.Fair;
        var edge = Math.Round(price / fair - 1m, ValueBet.EdgeDecimals, MidpointRounding.AwayFromZero);
        return new ValueBet(outcome.Owner.Name, outcome.Key, price, fair, edge, expiresAt);
    }

    private void RecomputeFairPrices()
    {
        foreach (var set in _dirtySets)
        {
            set.ComputeFairPrices();
            foreach (var outcome in set.Outcomes)
            {
                Touch(outcome);
            }
        }
        _dirtySets.Clear();
    }

    /// <summary>The sharp price or fair price of <paramref name="key"/> changed: every other bookmaker's value for it may have.</summary>
    private void TouchOthers(OddsKey key)
    {
        foreach (var book in _bookmakers.Values)
        {
            if (!book.IsSharp && book.Outcome(key) is { } outcome)
            {
                Touch(outcome);
            }
        }
    }

    private void Touch(OutcomePrice outcome)
    {
        if (!outcome.Touched)
        {
            outcome.Touched = true;
            _touched.Add(outcome);
        }
    }

    private BookmakerBook? Find(string bookmaker) =>
        _bySentName.GetValueOrDefault(bookmaker) ?? _bookmakers.GetValueOrDefault(BookmakerName.Normalise(bookmaker));

    /// <summary>The book of a bookmaker by the name the feed sends, variant included: normalised once per name, not per tick.</summary>
    private BookmakerBook BySentName(string sent)
    {
        if (_bySentName.TryGetValue(sent, out var book))
        {
            return book;
        }
        var name = BookmakerName.Normalise(sent);
        if (!_bookmakers.TryGetValue(name, out book))
        {
            var sharp = BookmakerName.Comparer.Equals(name, _sharpBook);
            book = new BookmakerBook(name, sharp, this);
            _bookmakers[name] = book;
            if (sharp)
            {
                _sharp = book;
            }
        }
        _bySentName[sent] = book;
        return book;
    }
}

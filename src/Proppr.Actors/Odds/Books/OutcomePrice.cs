namespace Proppr.Actors.Odds.Books;

/// <summary>
/// What one bookmaker's book knows of one outcome, updated in place by every tick: each variant's current quote, the
/// latest quote shown (kept after the market is taken away, as the baseline for the next drop), whether it is on offer
/// now, the last quote offered at or before kickoff, for the sharp book its fair price, and what was last announced of
/// it as a value bet.
/// </summary>
internal sealed class OutcomePrice(BookmakerBook owner, OddsKey key, OutcomeSet? set)
{
    private BookQuote? _view;
    private VariantQuote _latest;
    /// <summary>By variant index (<see cref="BookmakerBook"/>); a stamp of 0 is no quote from that variant.</summary>
    private VariantQuote[] _quotes = [];

    public BookmakerBook Owner => owner;

    public OddsKey Key => key;

    /// <summary>The sharp book's set this outcome belongs to; null in other books.</summary>
    public OutcomeSet? Set => set;

    public VariantQuote Latest
    {
        get => _latest;
        set
        {
            _latest = value;
            _view = null;
        }
    }

    /// <summary>Shown at least once (a quote's stamp starts at 1).</summary>
    public bool Shown => _latest.Stamp != 0;

    public bool Offered { get; set; }

    public VariantQuote? Closing { get; set; }

    /// <summary>The sharp book's margin-free price for this outcome; NaN when its set is not complete or it is not offered.</summary>
    public double Fair { get; set; } = double.NaN;

    /// <summary>Changed since value bets were last announced (<see cref="FixtureBook.TakeNewValueBets"/>).</summary>
    public bool Touched { get; set; }

    /// <summary>Was a live value bet at the last announcement, at <see cref="AnnouncedPrice"/>, holding until <see cref="AnnouncedUntil"/>.</summary>
    public bool Announced { get; set; }

    public decimal AnnouncedPrice { get; set; }

    public DateTimeOffset AnnouncedUntil { get; set; }

    /// <summary>The variant's quote now; true when the variant had none before.</summary>
    public bool Quote(int variant, VariantQuote quote)
    {
        if (variant >= _quotes.Length)
        {
            Array.Resize(ref _quotes, variant + 1);
        }
        var isNew = _quotes[variant].Stamp == 0;
        _quotes[variant] = quote;
        return isNew;
    }

    /// <summary>The variant quotes it no more.</summary>
    public void Unquote(int variant) => _quotes[variant] = default;

    /// <summary>The stamp of the variant's quote, 0 when it has none.</summary>
    public long StampFrom(int variant) => variant < _quotes.Length ? _quotes[variant].Stamp : 0;

    /// <summary>The most recently received quote among the variants (on a tie, the one applied last); false when none quotes it.</summary>
    public bool Freshest(out VariantQuote best)
    {
        var found = false;
        best = default;
        foreach (var quote in _quotes)
        {
            if (quote.Stamp != 0 &&
                (!found || quote.SeenAt > best.SeenAt || (quote.SeenAt == best.SeenAt && quote.Stamp > best.Stamp)))
            {
                best = quote;
                found = true;
            }
        }
        return found;
    }

    /// <summary>The latest quote as the book shows it; the same object until the quote changes.</summary>
    public BookQuote View => _view ??= _latest.ToQuote(owner.Name);
}

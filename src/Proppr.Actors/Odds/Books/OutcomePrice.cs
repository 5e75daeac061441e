namespace Proppr.Actors.Odds.Books;

/// <summary>
/// What one bookmaker's book knows of one outcome, updated in place by every tick: the latest quote (kept after the
/// market is taken away, as the baseline for the next drop), whether it is on offer now, the last quote offered at or
/// before kickoff, for the sharp book its fair price, and what was last announced of it as a value bet.
/// </summary>
internal sealed class OutcomePrice(BookmakerBook owner, OddsKey key, OutcomeSet? set)
{
    private BookQuote? _view;
    private VariantQuote _latest;

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

    /// <summary>The latest quote as the book shows it; the same object until the quote changes.</summary>
    public BookQuote View => _view ??= _latest.ToQuote(owner.Name);
}

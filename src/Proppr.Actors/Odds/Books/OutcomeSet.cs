namespace Proppr.Actors.Odds.Books;

/// <summary>
/// The sharp book's outcomes that together make one book to take the margin out of (<see cref="KeyOf"/>), so a tick
/// that moves one price recomputes the fair prices of its set and no other.
/// </summary>
internal sealed class OutcomeSet
{
    public List<OutcomePrice> Outcomes { get; } = new(3);

    /// <summary>Set when a price or availability in the set changed since its fair prices were computed.</summary>
    public bool Dirty { get; set; }

    /// <summary>
    /// The same market, line and label, except for single-price label markets (correct score), where every label is
    /// one outcome of the same book.
    /// </summary>
    public static OddsKey KeyOf(OddsKey key) =>
        key.Outcome == OddsOutcomes.Price ? key with { Outcome = "", Label = null } : key with { Outcome = "" };

    /// <summary>
    /// Fair prices through <see cref="NoVig"/> for the outcomes on offer; none (NaN) when fewer than two are (a lone
    /// outcome carries no margin information) or when one is not a real price (1 or less).
    /// </summary>
    public void ComputeFairPrices()
    {
        Dirty = false;
        var offered = 0;
        var real = true;
        var overround = 0d;
        foreach (var outcome in Outcomes)
        {
            if (outcome.Offered)
            {
                offered++;
                real &= outcome.Latest.Price > 1d;
                overround += 1d / outcome.Latest.Price;
            }
        }
        var complete = offered >= 2 && real;
        foreach (var outcome in Outcomes)
        {
            outcome.Fair = complete && outcome.Offered ? NoVig.FairPrice(outcome.Latest.Price, overround) : double.NaN;
        }
    }
}

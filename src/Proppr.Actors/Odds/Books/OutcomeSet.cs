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
        var overround = 0d;
        foreach (var outcome in Outcomes)
        {
            if (outcome.Offered)
            {
                offered = outcome.Latest.Price > 1d && offered >= 0 ? offered + 1 : -1;
                overround += 1d / outcome.Latest.Price;
            }
        }
        foreach (var outcome in Outcomes)
        {
            outcome.Fair = offered >= 2 && outcome.Offered ? NoVig.FairPrice(outcome.Latest.Price, overround) : double.NaN;
        }
    }
}

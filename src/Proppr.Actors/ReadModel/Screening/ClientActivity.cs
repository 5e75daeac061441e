using Proppr.Actors.Odds.Books;

namespace Proppr.Actors.ReadModel.Screening;

/// <summary>
/// One client's bets as a rule sees them: <see cref="Bets"/> over the whole look-back window in placing order,
/// <see cref="DayBets"/> those of the screened day, and the price drops of their fixtures (by fixture id).
/// </summary>
public sealed record ClientActivity(
    string Client,
    DateOnly Day,
    IReadOnlyList<ScreenedBet> Bets,
    IReadOnlyDictionary<long, IReadOnlyList<PriceDrop>> Drops)
{
    private IReadOnlyList<ScreenedBet>? _dayBets;

    /// <summary>Read by every rule: picked out once.</summary>
    public IReadOnlyList<ScreenedBet> DayBets => _dayBets ??= [.. Bets.Where(bet => DateOnly.FromDateTime(bet.PlacedAt.UtcDateTime) == Day)];
}

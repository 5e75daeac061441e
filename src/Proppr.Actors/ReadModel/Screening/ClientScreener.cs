using Proppr.Actors.Odds.Books;

namespace Proppr.Actors.ReadModel.Screening;

/// <summary>
/// Screens every client that bet on a day with every rule. Pure: the caller brings the bets of the look-back window
/// (<see cref="ScreeningSettings.ClvWindowDays"/> days up to the day) and the price drops of their fixtures.
/// </summary>
public sealed class ClientScreener(ScreeningSettings settings)
{
    private readonly IScreeningRule[] _rules =
    [
        new SharpClvRule(settings),
        new DropChasingRule(settings),
        new StakeEscalationRule(settings),
        new BetBurstRule(settings),
    ];

    /// <summary>The first UTC day whose bets the screening of <paramref name="day"/> reads.</summary>
    public DateOnly WindowStart(DateOnly day) => day.AddDays(1 - Math.Max(1, settings.ClvWindowDays));

    public ScreeningReport Screen(
        DateOnly day, IEnumerable<ScreenedBet> bets, IReadOnlyDictionary<long, IReadOnlyList<PriceDrop>> drops, int unattributedBets)
    {
        var screenings = bets
            .Where(bet => DateOnly.FromDateTime(bet.PlacedAt.UtcDateTime) is var placed && placed >= WindowStart(day) && placed <= day)
            .GroupBy(bet => bet.Client, StringComparer.Ordinal)
            .Select(client => new ClientActivity(client.Key, day, [.. client.OrderBy(bet => bet.PlacedAt).ThenBy(bet => bet.BetId, StringComparer.Ordinal)], drops))
            .Where(activity => activity.DayBets.Count > 0)
            .Select(Screen)
            .OrderBy(screening => screening.Flags.Count == 0)
            .ThenBy(screening => screening.Client, StringComparer.Ordinal)
            .ToArray();
        return new ScreeningReport(day, screenings, unattributedBets);
    }

    private ClientScreening Screen(ClientActivity activity)
    {
        var flags = _rules.Select(rule => rule.Check(activity)).OfType<ScreeningFlag>().ToArray();
        return new ClientScreening(activity.Client, activity.DayBets.Count, [.. flags.Select(flag => flag.Category).Distinct().Order()], flags);
    }
}

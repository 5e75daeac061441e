using Proppr.Actors.Betting;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// Which bets to list: those placed in [<see cref="From"/>, <see cref="To"/>), narrowed by any filter that is set.
/// </summary>
public sealed record BetFilter(DateTimeOffset From, DateTimeOffset To)
{
    public string? Source { get; init; }
    public Market? Market { get; init; }
    public long? FixtureId { get; init; }
    public SettlementStatus? Status { get; init; }

    /// <summary>Bets staking at least this much. Stakes are stored as exact text, so this one is applied after the query.</summary>
    public decimal? MinStake { get; init; }

    /// <summary>The bets placed on one UTC day.</summary>
    public static BetFilter Day(DateOnly day)
    {
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new BetFilter(start, start.AddDays(1));
    }
}

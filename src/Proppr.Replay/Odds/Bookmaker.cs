namespace Proppr.Replay.Odds;

/// <summary>A replayed bookmaker: its name as Odds-API.io spells it (case matters), its margin and price precision.</summary>
public sealed record Bookmaker(string Name, decimal Margin, int Decimals, int MaxStake)
{
    public static readonly IReadOnlyList<Bookmaker> Defaults =
    [
        new("Bet365", 0.06m, 2, 500),
        new("Pinnacle", 0.025m, 3, 2000),
    ];
}

namespace Proppr.Replay.Bets;

/// <summary>How many bets to generate over a match day, and how they are spread.</summary>
public sealed record BetGeneratorOptions
{
    public int Seed { get; init; } = 1;

    public int Count { get; init; } = 1000;

    /// <summary>The share of bets that name the fixture only by odds event id, team names and kickoff (to be resolved).</summary>
    public double OddsIdOnlyShare { get; init; } = 0.15;

    /// <summary>The share of bets struck in play rather than before kickoff.</summary>
    public double InPlayShare { get; init; } = 0.2;

    /// <summary>The share of in-play bets struck in a half's stoppage time.</summary>
    public double AddedTimeShare { get; init; } = 0.1;

    /// <summary>The share of bets that are player props.</summary>
    public double PlayerPropShare { get; init; } = 0.35;

    public IReadOnlyList<string> Sources { get; init; } = ["player", "team", "cerebro", "desk"];

    /// <summary>How many distinct client accounts place the bets.</summary>
    public int Clients { get; init; } = 40;
}

namespace Proppr.Actors.Betting;

/// <summary>The settlement rules that books disagree on, as configuration. Defaults follow <c>spec/settlement-rules.md</c>.</summary>
public sealed record SettlementPolicy
{
    public static readonly SettlementPolicy Default = new();

    /// <summary>Participation rule for player stat props that do not name one.</summary>
    public VoidRule DefaultVoidRule { get; init; } = VoidRule.Starter;

    /// <summary>How long bets on a postponed match stay pending before they are refunded.</summary>
    public TimeSpan PostponementWindow { get; init; } = TimeSpan.FromHours(48);

    /// <summary>Decide a player UNDER once the player has left the pitch for good (substituted off or sent off).</summary>
    public bool SettlePlayerUnderWhenPlayerLeaves { get; init; }
}

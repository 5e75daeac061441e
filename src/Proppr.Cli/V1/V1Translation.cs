using System.Text.Json.Nodes;

namespace Proppr.Cli.V1;

/// <summary>
/// One line of an old export, translated: the bet in Proppr's contract (<c>docs/spec/bets.md</c>) and the old
/// verdict when the old system had settled it, or why the line could not be mapped.
/// </summary>
public sealed record V1Translation(int Line, string? BetId, JsonObject? Bet, V1Verdict? Verdict, string? Problem)
{
    public bool Mapped => Bet is not null;

    /// <summary>The old system had decided it (won, lost, refund, half win or loss).</summary>
    public bool Settled => Verdict is not null;
}

using System.Text.Json.Nodes;
using Proppr.Actors.ReadModel;
using Proppr.Node.Api.Settlements;

namespace Proppr.Node.Api.Bets;

/// <summary>
/// A bet as <c>GET /api/bets/{id}</c> gives it: its summary, whether a correction re-settled it, its settlement history,
/// its moves to another fixture (its fixture's id stopped answering) and, while the bet is still open, its fixture's
/// live view, which may be a moment ahead of the read model.
/// </summary>
public sealed record BetResponse : BetSummary
{
    private BetResponse(BetRecord record, IReadOnlyList<SettlementRecord> history, IReadOnlyList<BetMoveRecord> moves, LiveBet? live) : base(record)
    {
        Resettled = record.Resettled;
        TrackedAt = record.TrackedAt;
        History = [.. history.Select(SettlementEntry.From)];
        Moves = [.. moves.Select(BetMoveEntry.From)];
        Live = live;
    }

    public bool Resettled { get; }
    public DateTimeOffset TrackedAt { get; }
    public IReadOnlyList<SettlementEntry> History { get; }
    public IReadOnlyList<BetMoveEntry> Moves { get; }
    public LiveBet? Live { get; }

    public static BetResponse From(BetRecord record, IReadOnlyList<SettlementRecord> history, IReadOnlyList<BetMoveRecord> moves, LiveBet? live) =>
        new(record, history, moves, live);
}

/// <summary>What the bet's fixture holds right now: its latest settlement, null until it is first decided.</summary>
public sealed record LiveBet(JsonNode? Settlement);

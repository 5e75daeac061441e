using Proppr.Actors.Betting;

namespace Proppr.Actors.ReadModel;

/// <summary>One bet's part in a P&amp;L report: the group it falls in (null: none, e.g. a bet without a source) and its money.</summary>
public sealed record PnlEntry(string? Key, SettlementStatus Status, decimal Stake, decimal Returns, decimal ProfitLoss, decimal? Clv);

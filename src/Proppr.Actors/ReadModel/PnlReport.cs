using System.Collections.Immutable;

namespace Proppr.Actors.ReadModel;

/// <summary>The figures of one group of a report; <see cref="Key"/> is null for bets without one (no source).</summary>
public sealed record PnlGroup(string? Key, PnlFigures Figures);

/// <summary>A P&amp;L report: every counted bet together, and each group, ordered by key.</summary>
public sealed record PnlReport(PnlFigures Total, ImmutableArray<PnlGroup> Groups);

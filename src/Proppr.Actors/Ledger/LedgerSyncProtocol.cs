using Proppr.Actors.Serialization;

namespace Proppr.Actors.Ledger;

/// <summary>Ask the ledger how it is doing; answered with <see cref="LedgerStatus"/>.</summary>
public sealed record GetLedgerStatus : IPropprMessage
{
    public static readonly GetLedgerStatus Instance = new();
}

/// <summary>
/// Cycles completed and failed so far (since this singleton started), rows written and repaired, and the last
/// failure with the wait it caused (null once a cycle succeeds again).
/// </summary>
public sealed record LedgerStatus(
    long Cycles,
    long FailedCycles,
    long RowsAppended,
    long RowsUpdated,
    long RowsChecked,
    long RowsRepaired,
    string? LastError,
    TimeSpan? RetryingIn) : IPropprMessage;

/// <summary>
/// Verify every row of the sheet again, oldest first, starting now (<c>POST /api/manage/ledger/resync</c>); answered
/// with <see cref="LedgerResyncQueued"/>.
/// </summary>
public sealed record ResyncLedger : IPropprMessage
{
    public static readonly ResyncLedger Instance = new();
}

/// <summary>How many rows a resync queued for checking (they are verified <c>ChecksPerCycle</c> a round).</summary>
public sealed record LedgerResyncQueued(int Rows) : IPropprMessage;

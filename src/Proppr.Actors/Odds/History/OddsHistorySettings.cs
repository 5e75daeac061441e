namespace Proppr.Actors.Odds.History;

/// <summary>How long the odds history keeps drops and value bets (the <c>OddsHistory</c> section), and how it writes them.</summary>
public sealed record OddsHistorySettings
{
    public static readonly OddsHistorySettings Default = new();

    /// <summary>Rows older than this are deleted: 30 days, as long as the monitor looks back.</summary>
    public int RetentionDays { get; init; } = 30;

    /// <summary>How often rows past the retention are deleted (and once when a node starts).</summary>
    public TimeSpan PruneEvery { get; init; } = TimeSpan.FromHours(1);

    /// <summary>After a failed write the batch is tried again after this long; nothing is dropped meanwhile.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Signals held while the database is unreachable, at most: past it the oldest are let go (and counted in the log),
    /// so a long outage cannot take the node's memory.
    /// </summary>
    public int MaxPending { get; init; } = 100_000;

    public TimeSpan Retention => TimeSpan.FromDays(RetentionDays);
}

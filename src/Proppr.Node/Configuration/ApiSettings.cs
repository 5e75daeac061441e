namespace Proppr.Node.Configuration;

/// <summary>
/// The <c>Api</c> section: who may write and operate (the bearer <see cref="Token"/>), whether reads need it too, and
/// how long a request waits for the cluster.
/// </summary>
public sealed record ApiSettings
{
    /// <summary>Bearer token for writes and management; with none configured those endpoints are refused.</summary>
    public string? Token { get; init; }

    /// <summary>Reads (bets, fixtures, settlements, reports, stream) need the token too.</summary>
    public bool ProtectReads { get; init; }

    /// <summary>How long a request waits for a fixture, a singleton or the cluster before answering 503.</summary>
    public TimeSpan AskTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A fixture that has not answered in this long is sent the same message again: a shard handing off drops what
    /// it buffered. Well above a fixture's answer time under load, so a resend is rare.
    /// </summary>
    public TimeSpan ResendAfter { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How many fixture batches and resolutions the node's intake hands to the cluster at once, over all requests;
    /// the rest of a bulk import waits its turn. Enough to keep the journal's write batches full.
    /// </summary>
    public int HandOffsInFlight { get; init; } = 32;

    /// <summary>How many events a stream client may fall behind before its stream is ended (it reconnects).</summary>
    public int StreamBuffer { get; init; } = 1024;

    /// <summary>A comment line sent this often on a quiet stream, so proxies keep the connection open.</summary>
    public TimeSpan StreamKeepAlive { get; init; } = TimeSpan.FromSeconds(15);
}

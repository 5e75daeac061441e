namespace Proppr.Node.Api.Stream;

/// <summary>
/// One server-sent event of <c>/api/stream</c>: its type (<c>bet_tracked</c>, <c>bet_settled</c>, ...), a JSON object
/// as data, and an id when the event has a place a client could resume from (a journal offset).
/// </summary>
public sealed record LiveEvent(string Type, string Data, string? Id = null)
{
    /// <summary>First on every stream: from here on, every event is delivered.</summary>
    public static readonly LiveEvent Subscribed = new("subscribed", "{}");

    /// <summary>Sent on a quiet stream so proxies keep the connection open.</summary>
    public static readonly LiveEvent KeepAlive = new("keep_alive", "{}");
}

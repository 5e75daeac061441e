using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Odds.Client;

/// <summary>What the feed has seen and done since it started, for its status and logs.</summary>
internal sealed class FeedCounters
{
    private readonly Dictionary<string, long> _frames = new(StringComparer.Ordinal);

    public long ConnectAttempts { get; set; }
    public long Connections { get; set; }
    public long Takeovers { get; set; }
    public long StaleReconnects { get; set; }
    public long Syncs { get; set; }
    public long SyncFailures { get; set; }
    public long Polls { get; set; }
    public long RestItemErrors { get; set; }

    /// <summary>Ticks handed on to be routed to the books.</summary>
    public long Ticks { get; set; }

    /// <summary>Objects read from frames, by type: <c>welcome</c>, <c>created</c>, ..., <c>unknown</c>, <c>malformed</c>.</summary>
    public IReadOnlyDictionary<string, long> Frames => _frames;

    public void Count(OddsFrame frame)
    {
        var kind = frame switch
        {
            WelcomeFrame => "welcome",
            EventOddsFrame { Change: EventOddsChange.Created } => "created",
            EventOddsFrame => "updated",
            EventRemovedFrame { Removal: EventRemoval.Deleted } => "deleted",
            EventRemovedFrame => "no_markets",
            UnknownFrame => "unknown",
            _ => "malformed",
        };
        _frames[kind] = _frames.GetValueOrDefault(kind) + 1;
    }
}

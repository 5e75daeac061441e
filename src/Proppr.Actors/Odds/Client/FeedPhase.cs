namespace Proppr.Actors.Odds.Client;

/// <summary>Where the feed's connection stands (<see cref="FeedSession"/>).</summary>
public enum FeedPhase
{
    /// <summary>Not started.</summary>
    Idle,

    /// <summary>Asking the rate limiter, then opening the socket.</summary>
    Connecting,

    /// <summary>Connected; frames are buffered while a REST sync is taken.</summary>
    Syncing,

    /// <summary>Connected; frames go straight to the books.</summary>
    Streaming,

    /// <summary>The socket is down; a new attempt is scheduled and the REST poller runs.</summary>
    Reconnecting,

    /// <summary>Another connection took the API key over; the socket is left to it for a cooldown, the poller runs.</summary>
    Replaced,
}

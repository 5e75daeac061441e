namespace Proppr.Actors.Odds.Client;

/// <summary>
/// The connection rules of the live odds feed, with no I/O: the feed actor reports what happened (an attempt opened,
/// failed or closed, a frame or sync arrived, a poll is due) and does what the answer says. Each connect attempt
/// has a <see cref="Generation"/>; reports from an older attempt are ignored.
/// <list type="bullet">
/// <item>Connect attempts back off exponentially (<see cref="OddsFeedOptions.Reconnect"/>); a success resets the count.</item>
/// <item>On every connect the books are brought up to date over REST (<see cref="SyncPlan"/>) while frames are
/// buffered; then the buffer is applied and frames stream. A failed sync does not hold the stream back: frames
/// flow and the sync is tried again on the back-off.</item>
/// <item>A close with code 1000 from the server is another connection taking the key over (the provider allows one
/// per key and closes the older with a plain 1000): the feed does not fight it, it polls REST and tries the socket
/// again only after <see cref="OddsFeedOptions.TakeoverCooldown"/>.</item>
/// <item>While the socket is unavailable the REST poller runs every <see cref="OddsFeedOptions.PollInterval"/>.</item>
/// <item>No message for <see cref="OddsFeedOptions.StaleAfter"/> while connected means the feed is stale: reconnect.</item>
/// </list>
/// </summary>
public sealed class FeedSession(OddsFeedOptions options)
{
    private bool _complete;
    private bool _unavailable;
    private int _failedSyncs;

    public FeedPhase Phase { get; private set; } = FeedPhase.Idle;

    public int Generation { get; private set; }

    /// <summary>Connect attempts that failed in a row.</summary>
    public int FailedAttempts { get; private set; }

    /// <summary>The last moment the books were known complete: a sync's end, then every frame streamed after it.</summary>
    public DateTimeOffset? SyncedAt { get; private set; }

    public DateTimeOffset? LastFrameAt { get; private set; }

    /// <summary>Frames go to the buffer, not the books, while a sync is being taken.</summary>
    public bool Buffering => Phase == FeedPhase.Syncing;

    /// <summary>The REST poller runs while the socket is unavailable (after it failed or was lost, until it is back).</summary>
    public bool Polling => _unavailable && Phase is not (FeedPhase.Syncing or FeedPhase.Streaming);

    /// <summary>Starts a connect attempt; everything it reports carries the generation returned.</summary>
    public int Open()
    {
        Phase = FeedPhase.Connecting;
        return ++Generation;
    }

    /// <summary>The rate limiter had no permit for the attempt: open again after the wait it named (not a failure).</summary>
    public TimeSpan? PermitDenied(int generation, TimeSpan retryAfter)
    {
        if (!Is(generation, FeedPhase.Connecting))
        {
            return null;
        }
        Phase = FeedPhase.Reconnecting;
        return retryAfter;
    }

    /// <summary>The socket is open: buffer frames and bring the books up to date as the returned plan says.</summary>
    public SyncPlan? Connected(int generation, DateTimeOffset now, int knownEvents)
    {
        if (!Is(generation, FeedPhase.Connecting))
        {
            return null;
        }
        Phase = FeedPhase.Syncing;
        FailedAttempts = 0;
        _unavailable = false;
        LastFrameAt = now;
        return SyncPlan.For(SyncedAt, now, options, knownEvents);
    }

    /// <summary>The attempt failed: open again after the returned wait.</summary>
    public TimeSpan? ConnectFailed(int generation)
    {
        if (!Is(generation, FeedPhase.Connecting))
        {
            return null;
        }
        FailedAttempts++;
        _unavailable = true;
        Phase = FeedPhase.Reconnecting;
        return options.Reconnect.After(FailedAttempts);
    }

    /// <summary>
    /// The open socket closed; <paramref name="takenOver"/> when the server closed it with 1000. Open again after the
    /// returned wait: the back-off, or the takeover cooldown.
    /// </summary>
    public TimeSpan? Closed(int generation, bool takenOver)
    {
        if (generation != Generation || Phase is not (FeedPhase.Syncing or FeedPhase.Streaming))
        {
            return null;
        }
        _complete = false;
        _unavailable = true;
        if (takenOver)
        {
            Phase = FeedPhase.Replaced;
            return options.TakeoverCooldown;
        }
        FailedAttempts = 1;
        Phase = FeedPhase.Reconnecting;
        return options.Reconnect.After(FailedAttempts);
    }

    /// <summary>A frame of the current connection arrived.</summary>
    public void FrameReceived(DateTimeOffset now)
    {
        LastFrameAt = now;
        if (Phase == FeedPhase.Streaming && _complete)
        {
            SyncedAt = now;
        }
    }

    /// <summary>The sync is in: true when it belongs to this connection, and the buffer is to be applied after it.</summary>
    public bool SyncCompleted(int generation, DateTimeOffset now)
    {
        if (!Is(generation, FeedPhase.Syncing))
        {
            return false;
        }
        Phase = FeedPhase.Streaming;
        _complete = true;
        _failedSyncs = 0;
        SyncedAt = now;
        return true;
    }

    /// <summary>The sync failed: apply the buffer and stream anyway; try the sync again after the returned wait.</summary>
    public TimeSpan? SyncFailed(int generation)
    {
        if (!Is(generation, FeedPhase.Syncing))
        {
            return null;
        }
        Phase = FeedPhase.Streaming;
        _failedSyncs++;
        return options.Reconnect.After(_failedSyncs);
    }

    /// <summary>Time to try a failed sync again: buffer frames and take it as the returned plan says.</summary>
    public SyncPlan? Resync(int generation, DateTimeOffset now, int knownEvents)
    {
        if (!Is(generation, FeedPhase.Streaming) || _complete)
        {
            return null;
        }
        Phase = FeedPhase.Syncing;
        return SyncPlan.For(SyncedAt, now, options, knownEvents);
    }

    /// <summary>Connected, yet nothing has arrived for longer than <see cref="OddsFeedOptions.StaleAfter"/>.</summary>
    public bool IsStale(DateTimeOffset now) =>
        Phase is FeedPhase.Syncing or FeedPhase.Streaming && LastFrameAt is { } last && now - last > options.StaleAfter;

    /// <summary>Drops a stale connection and starts a new attempt at once.</summary>
    public int Reopen()
    {
        _complete = false;
        return Open();
    }

    /// <summary>The poller's turn: the plan when the socket is unavailable, null otherwise.</summary>
    public SyncPlan? PollDue(DateTimeOffset now, int knownEvents) =>
        Polling ? SyncPlan.For(SyncedAt, now, options, knownEvents) : null;

    /// <summary>
    /// A poll started at <paramref name="startedAt"/> answered: true when its result is to be applied (the socket is
    /// still unavailable; once it is back its own sync is newer).
    /// </summary>
    public bool PollCompleted(DateTimeOffset startedAt)
    {
        if (!Polling)
        {
            return false;
        }
        SyncedAt = startedAt;
        return true;
    }

    private bool Is(int generation, FeedPhase phase) => generation == Generation && Phase == phase;
}

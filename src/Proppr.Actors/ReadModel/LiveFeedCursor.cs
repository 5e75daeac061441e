namespace Proppr.Actors.ReadModel;

/// <summary>
/// Where the live feed's stream (re)starts: the first time at the journal's end, after a failure just after the last
/// event it passed on, so a restart neither repeats nor drops events. Written by the stream, read by its restarts.
/// </summary>
internal sealed class LiveFeedCursor(JournalEnd journalEnd)
{
    private const long Unknown = -1;

    private readonly TaskCompletionSource _positioned = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _offset = Unknown;

    /// <summary>Completes once the feed knows where it starts: every event written after that reaches its subscribers.</summary>
    public Task Positioned => _positioned.Task;

    public async Task<long> StartAsync()
    {
        if (Volatile.Read(ref _offset) == Unknown)
        {
            Interlocked.CompareExchange(ref _offset, await journalEnd.OffsetAsync(CancellationToken.None), Unknown);
            _positioned.TrySetResult();
        }
        return Volatile.Read(ref _offset);
    }

    public BetJournalEvent Passed(BetJournalEvent journalEvent)
    {
        Volatile.Write(ref _offset, journalEvent.Offset);
        return journalEvent;
    }
}

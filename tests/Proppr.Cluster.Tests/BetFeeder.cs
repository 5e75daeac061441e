using Proppr.Actors.Betting;
using Proppr.Replay.Timeline;

namespace Proppr.Cluster.Tests;

/// <summary>
/// Posts the day's bets as a bet source would: each when the replay reaches its placement time, to whichever node is
/// up, sending again what the cluster could not confirm (a repeat is a duplicate, so that is safe).
/// </summary>
public sealed class BetFeeder
{
    private const int BatchSize = 200;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);

    private readonly IReadOnlyList<Bet> _bets;
    private readonly ReplayClock _clock;
    private readonly Func<IReadOnlyList<NodeApi>> _entryNodes;
    private readonly Dictionary<string, DateTimeOffset> _firstSent = [];
    private int _attempt;

    private BetFeeder(IReadOnlyList<Bet> bets, ReplayClock clock, Func<IReadOnlyList<NodeApi>> entryNodes)
    {
        _bets = bets;
        _clock = clock;
        _entryNodes = entryNodes;
    }

    /// <summary>How many bets were sent again after the cluster could not confirm them (during the take-over).</summary>
    public int Resent { get; private set; }

    private readonly List<Confirmation> _confirmations = [];

    /// <summary>The longest the cluster took to confirm a bet first sent between these instants; zero if none was.</summary>
    public TimeSpan LongestWaitOfBetsSent(DateTimeOffset from, DateTimeOffset to) =>
        _confirmations.Where(c => c.FirstSent >= from && c.FirstSent <= to).Select(c => c.Waited).DefaultIfEmpty().Max();

    /// <summary>Feeds in the background; the task ends once every bet is confirmed and fails on a rejected one.</summary>
    public static (BetFeeder Feeder, Task Done) Start(IReadOnlyList<Bet> bets, ReplayClock clock, Func<IReadOnlyList<NodeApi>> entryNodes, CancellationToken cancellation)
    {
        var feeder = new BetFeeder(bets, clock, entryNodes);
        return (feeder, Task.Run(() => feeder.FeedAsync(cancellation), cancellation));
    }

    private async Task FeedAsync(CancellationToken cancellation)
    {
        var waiting = new Queue<Bet>(_bets.OrderBy(bet => bet.PlacedAt));
        var unconfirmed = new List<Bet>();
        while (waiting.Count > 0 || unconfirmed.Count > 0)
        {
            var now = DateTimeOffset.UtcNow;
            while (waiting.TryPeek(out var next) && _clock.RealInstant(next.PlacedAt!.Value) <= now)
            {
                unconfirmed.Add(waiting.Dequeue());
            }
            foreach (var batch in unconfirmed.Chunk(BatchSize).ToList())
            {
                var confirmed = await SendAsync(batch);
                unconfirmed.RemoveAll(bet => confirmed.Contains(bet.BetId));
            }
            await Task.Delay(Pause, cancellation);
        }
    }

    /// <summary>The ids of the bets the cluster confirmed; none when no node answered.</summary>
    private async Task<HashSet<string>> SendAsync(IReadOnlyList<Bet> batch)
    {
        var sentAt = DateTimeOffset.UtcNow;
        foreach (var bet in batch)
        {
            _firstSent.TryAdd(bet.BetId, sentAt);
        }
        var nodes = _entryNodes();
        var node = nodes[_attempt++ % nodes.Count];
        IReadOnlyList<IntakeResult> results;
        try
        {
            results = await node.PostBetsAsync(batch);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Resent += batch.Count;
            return [];
        }
        if (results.FirstOrDefault(result => result.Status == "rejected") is { } rejected)
        {
            throw new InvalidOperationException($"bet {rejected.BetId} was rejected: {rejected.Reason} {rejected.Detail}");
        }
        Resent += results.Count(result => !result.Confirmed);
        var confirmed = results.Where(result => result.Confirmed).Select(result => result.BetId).ToHashSet();
        var answeredAt = DateTimeOffset.UtcNow;
        foreach (var bet in batch.Where(bet => confirmed.Contains(bet.BetId)))
        {
            _confirmations.Add(new Confirmation(_firstSent[bet.BetId], answeredAt - _firstSent[bet.BetId]));
        }
        return confirmed;
    }

    private sealed record Confirmation(DateTimeOffset FirstSent, TimeSpan Waited);
}

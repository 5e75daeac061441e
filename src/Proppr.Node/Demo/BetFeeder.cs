using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Replay.Timeline;

namespace Proppr.Node.Demo;

/// <summary>
/// Sends each bet to the node's <c>POST /api/bets</c> (JSON lines, with the node's token) when the replayed day
/// reaches the moment it was placed. A bet the cluster did not confirm in time (<c>unavailable</c>) is sent again with
/// the next batch: a repeat of a bet that did get through is answered as a duplicate.
/// </summary>
public sealed class BetFeeder(HttpClient node, ReplayClock clock, IReadOnlyList<Bet> bets)
{
    private const int BatchSize = 500;
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, string> _answers = new(StringComparer.Ordinal);

    /// <summary>Each sent bet's last answer: <c>accepted</c>, <c>duplicate</c>, <c>pending_resolution</c>, <c>rejected</c>, ...</summary>
    public IReadOnlyDictionary<string, string> Answers => _answers;

    public int Sent => _answers.Count;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var next = 0;
        var again = new List<Bet>();
        while (next < bets.Count || again.Count > 0)
        {
            var now = clock.Now;
            var due = again.Concat(bets.Skip(next).TakeWhile(bet => bet.PlacedAt <= now)).ToList();
            next += due.Count - again.Count;
            again = [];
            foreach (var batch in due.Chunk(BatchSize))
            {
                again.AddRange(await SendAsync(batch, cancellationToken));
            }
            if (due.Count == 0 || again.Count > 0)
            {
                var untilNext = next < bets.Count ? clock.RealDuration(bets[next].PlacedAt!.Value - now) : LongestWait;
                await Task.Delay(untilNext < LongestWait ? untilNext : LongestWait, cancellationToken);
            }
        }
    }

    /// <summary>Sends a batch; returns the bets to send again.</summary>
    private async Task<IReadOnlyList<Bet>> SendAsync(IReadOnlyList<Bet> batch, CancellationToken cancellationToken)
    {
        var body = string.Join('\n', batch.Select(BetWriter.ToJsonLine));
        using var response = await node.PostAsync("api/bets", new StringContent(body, Encoding.UTF8, "application/x-ndjson"), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return batch;
        }
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!["results"]!.AsArray();
        var retry = new List<Bet>();
        foreach (var result in results)
        {
            var index = (int)result!["index"]!;
            var status = (string)result["status"]!;
            _answers[batch[index].BetId] = status;
            if (status == "unavailable")
            {
                retry.Add(batch[index]);
            }
        }
        return retry;
    }
}

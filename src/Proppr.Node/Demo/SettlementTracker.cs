using System.Globalization;
using System.Text.Json.Nodes;

namespace Proppr.Node.Demo;

/// <summary>
/// Follows <c>/api/settlements</c> page by page from the start of the journal, keeping each bet's latest settlement
/// (a re-settlement after a stat correction replaces the first, and the bet is noted as re-settled), and each bet's
/// first decision with its time.
/// </summary>
public sealed class SettlementTracker(HttpClient node)
{
    private const int PageSize = 5000;

    private readonly Dictionary<string, DemoSettlement> _latest = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resettled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FirstDecision> _first = new(StringComparer.Ordinal);
    private long _after;

    public IReadOnlyDictionary<string, DemoSettlement> Latest => _latest;

    public IReadOnlySet<string> Resettled => _resettled;
    /// <summary>When each bet was first decided, and how (for <see cref="DecisionDelays"/>).</summary>
    public IReadOnlyDictionary<string, FirstDecision> FirstDecisions => _first;

    public int Decided => _latest.Values.Count(s => s.IsDecided);

    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await node.GetFromJsonAsync<JsonNode>(
                string.Create(CultureInfo.InvariantCulture, $"api/settlements?after={_after}&limit={PageSize}"), cancellationToken);
            var entries = page!["settlements"]!.AsArray();
            foreach (var entry in entries)
            {
                var settlement = DemoSettlement.From(entry!);
                _latest[settlement.BetId] = settlement;
                if ((string?)entry!["kind"] == "resettled")
                {
                    _resettled.Add(settlement.BetId);
                }
                if (settlement.IsDecided && !_first.ContainsKey(settlement.BetId))
                {
                    _first[settlement.BetId] = new FirstDecision(settlement.Status, (DateTimeOffset)entry!["settlement"]!["settled_at"]!);
                }
            }
            if (entries.Count < PageSize)
            {
                _after = (long?)page["next_after"] ?? _after;
                return;
            }
            _after = (long)page["next_after"]!;
        }
    }

    public bool AllDecided(IEnumerable<string> betIds) => betIds.All(id => _latest.TryGetValue(id, out var s) && s.IsDecided);
}

using System.Text.Json.Nodes;

namespace Proppr.Cli.V1;

/// <summary>
/// After <c>--regrade</c>: waits for Proppr to grade the bets the old system had settled and sets each old verdict
/// beside Proppr's, so every difference is shown. A bet not graded in time is listed without Proppr's verdict.
/// </summary>
public static class V1Regrade
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    /// <summary>One entry per bet: its line, id, the old status and Proppr's (null when not graded within <paramref name="wait"/>).</summary>
    public static async Task<JsonArray> CompareAsync(NodeApiClient api, IReadOnlyList<V1Translation> regraded, TimeSpan wait, CancellationToken cancellationToken)
    {
        var waiting = regraded.ToList();
        var compared = new JsonArray();
        var deadline = DateTimeOffset.UtcNow + wait;
        while (true)
        {
            foreach (var translation in waiting.ToList())
            {
                if (await GradedStatusAsync(api, translation.BetId!, cancellationToken) is { } status)
                {
                    compared.Add(Entry(translation, status));
                    waiting.Remove(translation);
                }
            }
            if (waiting.Count == 0 || DateTimeOffset.UtcNow >= deadline)
            {
                break;
            }
            await Task.Delay(Poll, cancellationToken);
        }
        foreach (var translation in waiting)
        {
            compared.Add(Entry(translation, null));
        }
        return compared;
    }

    /// <summary>Proppr's status for the bet once decided; null while it is pending or not yet in the read model.</summary>
    private static async Task<string?> GradedStatusAsync(NodeApiClient api, string betId, CancellationToken cancellationToken)
    {
        var bet = await api.FindAsync($"api/bets/{Uri.EscapeDataString(betId)}", cancellationToken);
        var status = (string?)bet?["status"];
        return status is null or "pending" ? null : status;
    }

    private static JsonObject Entry(V1Translation translation, string? proppr) => new()
    {
        ["line"] = translation.Line, ["bet_id"] = translation.BetId, ["v1"] = translation.Verdict!.Status, ["proppr"] = proppr,
    };
}

using Proppr.Actors.RateLimiting;

namespace Proppr.Node.Metrics;

/// <summary>Counts what this node's outbound clients ask the limiter and what the APIs answer, then passes it on.</summary>
public sealed class MeteredRateLimiterClient(IRateLimiterClient inner, NodeMetrics metrics) : IRateLimiterClient
{
    public async Task<PermitReply> RequestAsync(string api, PermitPriority priority, CancellationToken cancellationToken)
    {
        var reply = await inner.RequestAsync(api, priority, cancellationToken);
        metrics.PermitRequests.WithLabels(api, reply.Granted ? "granted" : "denied").Inc();
        return reply;
    }

    public void Report(ReportResponse response)
    {
        if (response.StatusCode == 429)
        {
            metrics.RateLimitedResponses.WithLabels(response.Api).Inc();
        }
        inner.Report(response);
    }
}

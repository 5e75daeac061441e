namespace Proppr.Actors.RateLimiting;

/// <summary>
/// The only way Proppr's HTTP clients reach an external API: asks the limiter for a permit before every request
/// (waiting up to <see cref="MaxWait"/> when told to), then reports the status and quota headers back.
/// The request's priority travels in <see cref="PriorityOption"/>.
/// </summary>
public sealed class RateLimitedHandler(IRateLimiterClient limiter, string api, TimeSpan maxWait, TimeProvider? clock = null)
    : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<PermitPriority> PriorityOption = new("proppr.priority");

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public TimeSpan MaxWait => maxWait;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var priority = request.Options.TryGetValue(PriorityOption, out var asked) ? asked : PermitPriority.Normal;
        await WaitForPermitAsync(priority, cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        var headers = RateLimitHeaders.From(response.Headers, _clock.GetUtcNow());
        limiter.Report(new ReportResponse(api, (int)response.StatusCode, headers?.Remaining, headers?.Reset, headers?.RetryAfter));
        return response;
    }

    private async Task WaitForPermitAsync(PermitPriority priority, CancellationToken cancellationToken)
    {
        var deadline = _clock.GetUtcNow() + maxWait;
        while (true)
        {
            var reply = await limiter.RequestAsync(api, priority, cancellationToken);
            if (reply.Granted)
            {
                return;
            }
            if (_clock.GetUtcNow() + reply.RetryAfter > deadline)
            {
                throw new RateLimitedException(api, reply.RetryAfter);
            }
            await Task.Delay(reply.RetryAfter, _clock, cancellationToken);
        }
    }
}

using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.RateLimiting;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Management;

/// <summary><c>GET limiter</c>: the rate limiter's windows, blocks and back-off, per API.</summary>
public static class LimiterEndpoints
{
    public static void MapLimiterEndpoints(this RouteGroupBuilder manage)
    {
        manage.MapGet("/limiter", async (IRequiredActor<RateLimiter> limiter, ApiSettings settings, CancellationToken cancellationToken) =>
        {
            var state = await limiter.ActorRef.Ask<LimiterState>(GetLimiterState.Instance, settings.AskTimeout, cancellationToken);
            return Results.Ok(new LimiterResponse(
                state.PermitsGranted,
                state.PermitsDenied,
                [.. state.Apis.Select(a => new ApiLimitResponse(a.Api, a.Used, a.Limit, a.Window.TotalSeconds, a.Throttled, a.BlockedUntil))]));
        });
    }
}

public sealed record LimiterResponse(long PermitsGranted, long PermitsDenied, IReadOnlyList<ApiLimitResponse> Apis);

public sealed record ApiLimitResponse(string Api, int Used, int? Limit, double WindowSeconds, bool Throttled, DateTimeOffset? BlockedUntil);

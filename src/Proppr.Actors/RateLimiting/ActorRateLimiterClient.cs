using Akka.Actor;

namespace Proppr.Actors.RateLimiting;

/// <summary>Talks to the limiter singleton through its proxy, with a short ask timeout: callers never block for long.</summary>
public sealed class ActorRateLimiterClient(IActorRef limiter, TimeSpan askTimeout) : IRateLimiterClient
{
    public async Task<PermitReply> RequestAsync(string api, PermitPriority priority, CancellationToken cancellationToken)
    {
        try
        {
            return await limiter.Ask<PermitReply>(new RequestPermit(api, priority), askTimeout, cancellationToken);
        }
        catch (AskTimeoutException e)
        {
            throw new RateLimiterUnavailableException(api, e);
        }
    }

    public void Report(ReportResponse response) => limiter.Tell(response);
}

namespace Proppr.Actors.RateLimiting;

/// <summary>
/// One API's limit as a pure, event-sourced policy: <see cref="Decide"/> and <see cref="OnResponse"/> say what
/// should happen, <see cref="Apply"/> makes it so (live or on replay).
/// </summary>
public interface IApiLimit
{
    PermitAnswer Decide(DateTimeOffset now, PermitPriority priority);

    /// <summary>The event a response calls for (a block, a back-off change), or null.</summary>
    IRateLimiterEvent? OnResponse(ReportResponse response, DateTimeOffset now);

    void Apply(IRateLimiterEvent @event);

    /// <summary>The events that rebuild the current state (grants still in the window, a block, the back-off): a snapshot.</summary>
    IEnumerable<IRateLimiterEvent> StateEvents(DateTimeOffset now);

    ApiLimitState Describe(DateTimeOffset now);
}

namespace Proppr.Actors.Matches.Resolution;

/// <summary>Exponential back-off: <see cref="First"/> after the first failure, doubling, never above <see cref="Maximum"/>.</summary>
public sealed record RetryBackoff(TimeSpan First, TimeSpan Maximum)
{
    public TimeSpan After(int failures)
    {
        var doublings = Math.Clamp(failures - 1, 0, 30);
        var delay = First * Math.Pow(2, doublings);
        return delay < Maximum ? delay : Maximum;
    }
}

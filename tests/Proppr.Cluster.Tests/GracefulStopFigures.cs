namespace Proppr.Cluster.Tests;

/// <summary>
/// A node stopped by SIGTERM at <see cref="At"/>: how many fixtures it hosted, when each step of leaving was done,
/// and the longest a bet sent meanwhile waited for its confirmation.
/// </summary>
public sealed record GracefulStopFigures(DateTimeOffset At, int Fixtures, TimeSpan HandedOff, TimeSpan Removed, TimeSpan Exited)
{
    public TimeSpan LongestBetWait { get; init; }
}

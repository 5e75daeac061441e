using Proppr.Replay.Timeline;

namespace Proppr.Node.Demo;

/// <summary>
/// The replayed day's clock as the node's market clock (<see cref="Actors.Fixtures.FixtureSettings.MarketTime"/>): ticks
/// are stamped and bets settled in match-day time, the time of the kickoffs and <c>placed_at</c>, so closing lines are
/// fixed and the day's settlements fall on the day although it runs faster than the node's clock.
/// </summary>
public sealed class ReplayMarketTime(ReplayClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.Now;
}

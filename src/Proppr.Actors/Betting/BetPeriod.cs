namespace Proppr.Actors.Betting;

/// <summary>The stretch of play a bet is on. <see cref="FullTime"/> is regulation time: never extra time or penalties.</summary>
public enum BetPeriod
{
    FullTime,
    FirstHalf,
    SecondHalf,
}

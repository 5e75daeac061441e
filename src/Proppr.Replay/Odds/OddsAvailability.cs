namespace Proppr.Replay.Odds;

/// <summary>Whether a bookmaker offers an event now: priced, suspended (<c>no_markets</c>), or gone (<c>deleted</c>).</summary>
public enum OddsAvailability
{
    Open,
    NoMarkets,
    Deleted,
}

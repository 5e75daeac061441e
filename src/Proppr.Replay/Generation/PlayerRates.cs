namespace Proppr.Replay.Generation;

/// <summary>
/// A player's background activity per 90 minutes: the stats too numerous to simulate one event at a time. A live
/// value is the rate times the minutes played so far, so team stats (sums over players) stay consistent.
/// </summary>
public sealed record PlayerRates(decimal PassesPer90, decimal PassAccuracy, decimal TacklesPer90, decimal InterceptionsPer90, decimal TouchesPer90);

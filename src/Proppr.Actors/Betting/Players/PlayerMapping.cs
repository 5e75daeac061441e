namespace Proppr.Actors.Betting.Players;

/// <summary>The odds provider's id of a player and the FotMob id of the same player (the old system's <c>player_mappings_fm</c>).</summary>
public sealed record PlayerMapping(string OddsPlayerId, long FotMobPlayerId, string? PlayerName);

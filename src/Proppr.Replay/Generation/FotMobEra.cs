namespace Proppr.Replay.Generation;

/// <summary>
/// The shape of the FotMob payload a match is written in (<c>samples/fotmob/SHAPE.md</c>): it follows the date the page
/// was fetched, so one replayed day can hold several.
/// </summary>
public enum FotMobEra
{
    /// <summary>
    /// 2020: no <c>general</c>, no player-stats section or shot map, teams without ids, events naming people by
    /// <c>profileUrl</c> and no half events, one whole-match team table without keys or card rows, numbered stat groups
    /// in the lineup players.
    /// </summary>
    Legacy2020,
    /// <summary>
    /// 2023: no <c>content.playerStats</c>, lineups as <c>lineup[]</c> with rows of players carrying their own stats
    /// (strings such as <c>"69/88 (78%)"</c>), <c>playoff</c>, no <c>halfs</c> or <c>awarded</c>, half events without scores.
    /// </summary>
    Season2023,
    /// <summary>2024/25: the shape the writer builds.</summary>
    Season2024,
    /// <summary>
    /// Fetched in 2026: shots on target an integer in Top stats, lineup keys absent rather than null, <c>momentum</c>
    /// <c>false</c>, <c>weather</c> and <c>attackingZones</c>.
    /// </summary>
    Fetched2026,
}

using System.Globalization;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Reads the 2024-on lineup, <c>content.lineup.homeTeam/awayTeam</c> with <c>starters</c>, <c>subs</c> and
/// <c>unavailable</c>; substitutions are in <c>performance.substitutionEvents</c> and stats in
/// <c>content.playerStats</c>, keyed by the player id as a string.
/// </summary>
internal static class FotMobTeamSheetReader
{
    private static readonly (string List, PlayerRole Role)[] Lists =
    [
        ("starters", PlayerRole.Starter),
        ("subs", PlayerRole.SubstituteUnused),
        ("unavailable", PlayerRole.Unavailable),
    ];

    public static IEnumerable<FotMobSquadEntry> Read(JsonElement lineup, JsonElement? playerStats)
    {
        foreach (var (team, side) in new[] { ("homeTeam", Side.Home), ("awayTeam", Side.Away) })
        {
            foreach (var (list, role) in Lists)
            {
                foreach (var player in lineup.Path(team, list).Items())
                {
                    if (player.Property("id")?.AsInt64() is { } id)
                    {
                        yield return Entry(player, id, side, role, playerStats);
                    }
                }
            }
        }
    }

    private static FotMobSquadEntry Entry(JsonElement player, long id, Side side, PlayerRole role, JsonElement? playerStats)
    {
        var substitutions = player.Path("performance", "substitutionEvents").Items().ToArray();
        return new FotMobSquadEntry(
            id,
            player.Property("name")?.AsText() ?? "",
            side,
            role,
            SubstitutionMinute(substitutions, "subIn"),
            SubstitutionMinute(substitutions, "subOut"),
            FotMobPlayerStatsReader.Read(playerStats?.Path(id.ToString(CultureInfo.InvariantCulture), "stats")),
            FotMobCardMarks.Read(player));
    }

    private static int? SubstitutionMinute(IEnumerable<JsonElement> substitutions, string type) =>
        substitutions.Where(substitution => substitution.Property("type")?.AsText() == type)
            .Select(substitution => substitution.Property("time")?.AsInt32())
            .FirstOrDefault(minute => minute is not null);
}

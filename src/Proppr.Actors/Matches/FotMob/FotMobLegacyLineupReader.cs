using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Reads the 2020 and 2023 lineups, <c>content.lineup.lineup[home, away]</c>: starters in the rows of
/// <c>players[][]</c>, substitutes in <c>bench[]</c>, each with its own stats. 2023 writes substitutions as
/// <c>timeSubbedOn/Off</c> and lists the unavailable in <c>naPlayers.naPlayersArr</c>; 2020 writes
/// <c>events.sub {time, isOut}</c> and names players with a plain string.
/// </summary>
internal static class FotMobLegacyLineupReader
{
    public static IEnumerable<FotMobSquadEntry> Read(JsonElement lineup)
    {
        var unavailable = lineup.Path("naPlayers", "naPlayersArr").Items().ToArray();
        foreach (var (index, team) in lineup.Property("lineup").Items().Take(2).Index())
        {
            var side = index == 0 ? Side.Home : Side.Away;
            var squad = team.Property("players").Items().SelectMany(row => row.Items()).Select(player => (player, PlayerRole.Starter))
                .Concat(team.Property("bench").Items().Select(player => (player, PlayerRole.SubstituteUnused)))
                .Concat(unavailable.ElementAtOrDefault(index).Items().Select(player => (player, PlayerRole.Unavailable)));
            foreach (var (player, role) in squad)
            {
                if (player.Property("id")?.AsInt64() is { } id)
                {
                    yield return Entry(player, id, side, role);
                }
            }
        }
    }

    private static FotMobSquadEntry Entry(JsonElement player, long id, Side side, PlayerRole role)
    {
        var sub2020 = player.Path("events", "sub");
        var subMinute2020 = sub2020?.Property("time")?.AsInt32();
        var subbedOff2020 = sub2020?.IsTrue("isOut") == true;
        return new FotMobSquadEntry(
            id,
            player.Property("name")?.AsText() ?? player.Path("name", "fullName")?.AsText() ?? "",
            side,
            role,
            player.Property("timeSubbedOn")?.AsInt32() ?? (subbedOff2020 ? null : subMinute2020),
            player.Property("timeSubbedOff")?.AsInt32() ?? (subbedOff2020 ? subMinute2020 : null),
            FotMobPlayerStatsReader.Read(player.Property("stats")),
            FotMobCardMarks.Read(player));
    }
}

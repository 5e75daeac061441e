using System.Collections.Immutable;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Reads <c>content.shotmap.shots</c> (2023 on). Shoot-out kicks are in the same list with period
/// <c>PenaltyShootout</c> and are left out; the shot's team id says its side. FotMob also marks blocked shots
/// <c>isOnTarget</c>: a shot is on target only when it is not blocked.
/// </summary>
internal static class FotMobShotMapReader
{
    /// <summary>
    /// The shots, and whether the map carries them: low-coverage matches have an empty map whatever was shot, so an
    /// empty map where the team stats count shots is no map at all.
    /// </summary>
    public static (bool HasShotMap, ImmutableArray<ShotEvent> Shots) Read(FotMobPayload payload, FotMobTeams teams, TeamStats teamStats)
    {
        if (payload.Content?.Path("shotmap", "shots") is not { ValueKind: JsonValueKind.Array } shots)
        {
            return (false, []);
        }
        var read = ImmutableArray.CreateBuilder<ShotEvent>();
        foreach (var shot in shots.EnumerateArray())
        {
            if (FotMobMatchTime.Read(shot, "min", "minAdded") is { } time &&
                (FotMobPeriodNames.Parse(shot.Property("period")?.AsText()) ?? time.Period) is var period &&
                period != MatchPeriod.PenaltyShootout &&
                teams.SideOf(shot.Property("teamId")?.AsInt64()) is { } side &&
                shot.Property("playerId")?.AsInt64() is { } playerId)
            {
                read.Add(new ShotEvent(time, period, side, playerId, shot.IsTrue("isOnTarget") && !shot.IsTrue("isBlocked"),
                    shot.Property("eventType")?.AsText() == "Goal", shot.IsTrue("isOwnGoal")));
            }
        }
        return (read.Count > 0 || !CountsShots(teamStats), read.ToImmutable());
    }

    private static bool CountsShots(TeamStats stats) =>
        stats.ByPeriod.Values.Append(stats.All).Any(table => table.TryGetValue(Stat.Shots, out var shots) && shots.Total > 0);
}

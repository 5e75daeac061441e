using System.Collections.Immutable;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Reads <c>content.shotmap.shots</c> (2023 on). Shoot-out kicks are in the same list with period
/// <c>PenaltyShootout</c> and are left out; the shot's team id says its side.
/// </summary>
internal static class FotMobShotMapReader
{
    public static (bool HasShotMap, ImmutableArray<ShotEvent> Shots) Read(FotMobPayload payload, FotMobTeams teams)
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
                read.Add(new ShotEvent(time, period, side, playerId, shot.IsTrue("isOnTarget"),
                    shot.Property("eventType")?.AsText() == "Goal", shot.IsTrue("isOwnGoal")));
            }
        }
        return (true, read.ToImmutable());
    }
}

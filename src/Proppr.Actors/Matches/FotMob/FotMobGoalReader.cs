using System.Collections.Immutable;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>Reads the <c>Goal</c> events of play; shoot-out kicks are left to <see cref="FotMobShootoutReader"/>.</summary>
internal static class FotMobGoalReader
{
    private const string PenaltySuffix2020 = ", Penalty";

    public static ImmutableArray<GoalEvent> Read(FotMobPayload payload)
    {
        var goals = ImmutableArray.CreateBuilder<GoalEvent>();
        var score = Score.Nil;
        foreach (var e in payload.EventsOfType("Goal"))
        {
            if (e.IsTrue("isPenaltyShootoutEvent") || FotMobEvent.Time(e) is not { } time || time.Period == MatchPeriod.PenaltyShootout)
            {
                continue;
            }
            var ownGoal = e.IsTrue("ownGoal") || e.Property("shotmapEvent")?.IsTrue("isOwnGoal") == true;
            if (CreditedSide(e, score, ownGoal) is not { } side)
            {
                continue;
            }
            score = score.Add(side);
            goals.Add(new GoalEvent(time, side, FotMobEvent.PlayerId(e), ScorerName(e), ownGoal, IsPenalty(e), AssistId(e)));
        }
        return goals.ToImmutable();
    }

    /// <summary>
    /// The side whose score went up, read from <c>newScore</c> against the running score: how FotMob sets
    /// <c>isHome</c> on an own goal is unverified. Without <c>newScore</c>, the scorer's side (his opponent for an own goal).
    /// </summary>
    private static Side? CreditedSide(JsonElement e, Score before, bool ownGoal)
    {
        if (FotMobEvent.ScorePair(e.Property("newScore")) is { } after)
        {
            if (after.Home == before.Home + 1 && after.Away == before.Away)
            {
                return Side.Home;
            }
            if (after.Away == before.Away + 1 && after.Home == before.Home)
            {
                return Side.Away;
            }
        }
        return FotMobEvent.SideOf(e) is { } scorerSide ? (ownGoal ? scorerSide.Opponent() : scorerSide) : null;
    }

    private static bool IsPenalty(JsonElement e) =>
        e.Property("goalDescriptionKey")?.AsText() == "penalty" ||
        e.Property("suffixKey")?.AsText() == "penalties_short" ||
        e.Property("nameStr")?.AsText()?.EndsWith(PenaltySuffix2020, StringComparison.Ordinal) == true;

    /// <summary>The 2020 shape names the scorer only in <c>nameStr</c>, with the kind of goal after a comma.</summary>
    private static string? ScorerName(JsonElement e)
    {
        if ((e.Path("player", "name")?.AsText() ?? e.Property("fullName")?.AsText()) is { Length: > 0 } name)
        {
            return name;
        }
        var nameStr = e.Property("nameStr")?.AsText();
        var comma = nameStr?.IndexOf(", ", StringComparison.Ordinal) ?? -1;
        return comma < 0 ? nameStr : nameStr![..comma];
    }

    private static long? AssistId(JsonElement e) =>
        e.Property("assistPlayerId")?.AsInt64() ?? FotMobIds.FromUrl(e.Property("assistProfileUrl")?.AsText(), "players");
}

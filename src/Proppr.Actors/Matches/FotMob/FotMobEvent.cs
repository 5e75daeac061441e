using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>The fields every entry of <c>content.matchFacts.events.events</c> shares, in each era's spelling.</summary>
internal static class FotMobEvent
{
    public static string? Type(JsonElement e) => e.Property("type")?.AsText();

    /// <summary><c>time</c> is the minute and <c>overloadTime</c> the added minutes: 90+5 is time 90, overloadTime 5.</summary>
    public static MatchTime? Time(JsonElement e) => FotMobMatchTime.Read(e, "time", "overloadTime");

    public static Side? SideOf(JsonElement e) => e.Property("isHome")?.ValueKind switch
    {
        JsonValueKind.True => Side.Home,
        JsonValueKind.False => Side.Away,
        _ => null,
    };

    /// <summary>The player the event is about; 2020 events carry only his profile URL.</summary>
    public static long? PlayerId(JsonElement e) =>
        e.Property("playerId")?.AsInt64() ??
        (e.Property("player") is { } player ? FotMobIds.OfPerson(player) : null) ??
        FotMobIds.FromUrl(e.Property("profileUrl")?.AsText(), "players");

    /// <summary>A <c>[home, away]</c> pair such as <c>newScore</c> or <c>penaltyScore</c>.</summary>
    public static Score? ScorePair(JsonElement? pair) =>
        pair.Items().Select(goals => goals.AsInt32()).ToArray() is [{ } home, { } away] ? new Score(home, away) : null;
}

using System.Collections.Frozen;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Reads FotMob's status block (<c>header.status</c>, or a day listing's <c>status</c>) into where the match stands.
/// <c>finished</c> is also true for postponed, cancelled and abandoned matches, so the reason is read first.
/// </summary>
public static class FotMobStatusReader
{
    /// <summary>FotMob's words for a match that was not (fully) played, from <c>reason</c> or <c>liveTime</c>.</summary>
    private static readonly FrozenDictionary<string, MatchStatus> CalledOffWords = new Dictionary<string, MatchStatus>
    {
        ["postponed"] = MatchStatus.Postponed,
        ["postponed_short"] = MatchStatus.Postponed,
        ["PP"] = MatchStatus.Postponed,
        ["cancelled"] = MatchStatus.Cancelled,
        ["cancelled_short"] = MatchStatus.Cancelled,
        ["Can"] = MatchStatus.Cancelled,
        ["Canc"] = MatchStatus.Cancelled,
        ["aborted"] = MatchStatus.Abandoned,
        ["aborted_short"] = MatchStatus.Abandoned,
        ["abandoned"] = MatchStatus.Abandoned,
        ["Ab"] = MatchStatus.Abandoned,
        ["Abd"] = MatchStatus.Abandoned,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] WordFields = ["longKey", "shortKey", "short", "long"];

    /// <summary>The status, and the clock while the match is in play (45 at half time).</summary>
    public static (MatchStatus Status, MatchTime? Clock) Read(JsonElement status)
    {
        if (CalledOff(status) is { } calledOff)
        {
            return (calledOff, null);
        }
        if (status.IsTrue("finished") || status.IsTrue("awarded"))
        {
            return (MatchStatus.Finished, null);
        }
        if (!status.IsTrue("started"))
        {
            return (MatchStatus.NotStarted, null);
        }
        // In play FotMob sends liveTime ("64'", "45+2'", "HT"); reason is usually absent then.
        var live = status.Property("liveTime") ?? status.Property("reason");
        if (IsHalfTime(live))
        {
            return (MatchStatus.HalfTime, new MatchTime(45));
        }
        return (MatchStatus.Live, FotMobMatchTime.ParseClock(live?.Property("short")?.AsText()));
    }

    private static MatchStatus? CalledOff(JsonElement status)
    {
        foreach (var block in new[] { status.Property("reason"), status.Property("liveTime") })
        {
            foreach (var field in WordFields)
            {
                if (block?.Property(field)?.AsText() is { } word && CalledOffWords.TryGetValue(word, out var calledOff))
                {
                    return calledOff;
                }
            }
        }
        return status.IsTrue("cancelled") ? MatchStatus.Cancelled : null;
    }

    private static bool IsHalfTime(JsonElement? live) =>
        live?.Property("short")?.AsText() is "HT" ||
        live?.Property("shortKey")?.AsText() is "halftime_short" ||
        live?.Property("longKey")?.AsText() is "halftime";
}

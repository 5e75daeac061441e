using System.Globalization;
using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.FotMob;

/// <summary>
/// <c>header.status</c> and the listing's <c>status</c>: flags, score string, <c>reason</c> once the match is over or
/// called off, <c>liveTime</c> while it is in play, and the Oslo-time <c>halfs</c> stamps.
/// </summary>
internal static class FotMobStatus
{
    public static JsonObject Header(MatchView view)
    {
        var moment = view.Moment;
        var status = new JsonObject
        {
            ["utcTime"] = OsloTime.Utc(view.Match.Kickoff),
            ["numberOfHomeRedCards"] = RedCards(view, Side.Home),
            ["numberOfAwayRedCards"] = RedCards(view, Side.Away),
            ["halfs"] = Halfs(view),
        };
        AddFlags(view, status);
        status["awarded"] = moment.Phase == MatchPhase.Finished && view.Match.Quirks.AwardedTo is not null;
        if (moment.Started)
        {
            status["scoreStr"] = ScoreString(view);
        }
        AddReasonOrLiveTime(view, status);
        if (moment.Started)
        {
            status["whoLostOnPenalties"] = moment.Phase == MatchPhase.Finished && view.Match.Quirks.Shootout is { } shootout
                ? view.Team(shootout.Loser).Name
                : null;
            status["whoLostOnAggregated"] = "";
        }
        return status;
    }

    /// <summary>The smaller status object of the day listing.</summary>
    public static JsonObject Listing(MatchView view)
    {
        var status = new JsonObject { ["utcTime"] = OsloTime.Utc(view.Match.Kickoff) };
        AddFlags(view, status);
        if (view.Moment.Started)
        {
            status["scoreStr"] = ScoreString(view);
        }
        AddReasonOrLiveTime(view, status);
        return status;
    }

    /// <summary>
    /// FotMob's numeric status in listings: 1 not started, 2 in play, 10 half time, 6 full time, 5 postponed,
    /// 106 cancelled, 17 abandoned.
    /// </summary>
    public static int StatusId(MatchView view) => view.Moment.Phase switch
    {
        MatchPhase.FirstHalf or MatchPhase.SecondHalf or MatchPhase.ExtraTime or MatchPhase.PenaltyShootout => 2,
        MatchPhase.HalfTime => 10,
        MatchPhase.Finished => 6,
        MatchPhase.Postponed => view.Match.Quirks.Cancelled ? 106 : 5,
        MatchPhase.Abandoned => 17,
        _ => 1,
    };

    public static string ScoreString(MatchView view) => $"{view.HeaderScore.Home} - {view.HeaderScore.Away}";

    /// <summary>Called-off matches (postponed, cancelled, abandoned) are <c>finished</c> too.</summary>
    public static bool Finished(MatchView view) => view.Moment.Over || view.Moment.Phase == MatchPhase.Postponed;

    /// <summary>
    /// Postponed and abandoned matches are <c>finished</c> and <c>cancelled</c> without having <c>started</c>, as FotMob's
    /// listing has them.
    /// </summary>
    private static void AddFlags(MatchView view, JsonObject status)
    {
        var phase = view.Moment.Phase;
        status["finished"] = Finished(view);
        status["started"] = view.Moment.Started && phase != MatchPhase.Abandoned;
        status["cancelled"] = phase is MatchPhase.Postponed or MatchPhase.Abandoned;
    }

    private static void AddReasonOrLiveTime(MatchView view, JsonObject status)
    {
        switch (view.Moment.Phase)
        {
            case MatchPhase.Finished when view.Match.Quirks.Shootout is { } shootout:
                var kicks = shootout.Score;
                status["reason"] = Reason("Pen", "penalties_short", $"Pen {kicks.Home} - {kicks.Away}", "afterpenalties");
                status["reason"]!["penalties"] = new JsonArray(kicks.Home, kicks.Away);
                break;
            case MatchPhase.Finished when view.Match.Quirks.AwardedTo is not null:
                status["reason"] = Reason("AW", "awarded_short", "Awarded", "awarded_win");
                break;
            case MatchPhase.Finished:
                status["reason"] = Reason("FT", "fulltime_short", "Full-Time", "finished");
                break;
            case MatchPhase.Abandoned:
                status["reason"] = Reason("Ab", "aborted_short", "Abandoned", "aborted");
                break;
            case MatchPhase.PenaltyShootout:
                status["liveTime"] = LiveTime("Pen", "penalties_short", "Penalties", "penalties", 120, 0);
                break;
            case MatchPhase.ExtraTime when view.Moment.Clock is { Minute: 90 }:
                status["liveTime"] = LiveTime("Break", "break_short", "Break", "break", 90, 0);
                break;
            case MatchPhase.ExtraTime:
                var minute = view.Moment.Clock!.Value.Minute;
                status["liveTime"] = LiveTime($"{minute}'", "", $"{minute}:00", "", minute <= 105 ? 105 : 120, 0);
                break;
            case MatchPhase.Postponed when view.Match.Quirks.Cancelled:
                status["reason"] = Reason("Can", "cancelled_short", "Cancelled", "cancelled");
                break;
            case MatchPhase.Postponed:
                status["reason"] = Reason("PP", "postponed_short", "Postponed", "postponed");
                break;
            case MatchPhase.HalfTime:
                status["liveTime"] = LiveTime("HT", "halftime_short", "Half-Time", "halftime", 45, 0);
                break;
            case MatchPhase.FirstHalf or MatchPhase.SecondHalf:
                var clock = view.Moment.Clock!.Value;
                var maxTime = view.Moment.Phase == MatchPhase.FirstHalf ? 45 : 90;
                var shortText = clock.Added > 0 ? $"{clock.Minute}+{clock.Added}'" : $"{clock.Minute}'";
                status["liveTime"] = LiveTime(shortText, "", RunningClock(view), "", maxTime, clock.Added);
                break;
        }
    }

    private static JsonObject Reason(string shortText, string shortKey, string longText, string longKey) => new()
    {
        ["short"] = shortText,
        ["shortKey"] = shortKey,
        ["long"] = longText,
        ["longKey"] = longKey,
    };

    private static JsonObject LiveTime(string shortText, string shortKey, string longText, string longKey, int maxTime, int added) => new()
    {
        ["short"] = shortText,
        ["shortKey"] = shortKey,
        ["long"] = longText,
        ["longKey"] = longKey,
        ["maxTime"] = maxTime,
        ["addedTime"] = added,
    };

    /// <summary>The running match clock as <c>mm:ss</c>: the second half starts again from 45:00.</summary>
    private static string RunningClock(MatchView view)
    {
        var schedule = view.Schedule;
        var elapsed = view.Moment.Phase == MatchPhase.FirstHalf
            ? view.Moment.At - schedule.Kickoff
            : TimeSpan.FromMinutes(45) + (view.Moment.At - schedule.SecondHalfStart);
        return string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalMinutes:00}:{elapsed.Seconds:00}");
    }

    /// <summary>Kick-off and end stamps of each period so far; empty strings for what has not happened, <c>{}</c> before kickoff.</summary>
    private static JsonObject Halfs(MatchView view)
    {
        var moment = view.Moment;
        if (!moment.Started)
        {
            return [];
        }
        var schedule = view.Schedule;
        string Stamp(DateTimeOffset? instant, bool happened) => happened && instant is { } at ? OsloTime.Stamp(at) : "";
        bool Reached(DateTimeOffset? instant) => instant is { } at && moment.At >= at;
        return new JsonObject
        {
            ["firstHalfStarted"] = Stamp(schedule.Kickoff, true),
            ["firstHalfEnded"] = Stamp(schedule.FirstHalfEnd, moment.FirstHalfOver),
            ["secondHalfStarted"] = Stamp(schedule.SecondHalfStart, moment.FirstHalfOver && moment.Phase != MatchPhase.HalfTime),
            ["secondHalfEnded"] = Stamp(schedule.FullTime, moment.RegulationOver),
            ["firstExtraHalfStarted"] = Stamp(schedule.FirstExtraHalfStart, Reached(schedule.FirstExtraHalfStart)),
            ["secondExtraHalfStarted"] = Stamp(schedule.SecondExtraHalfStart, Reached(schedule.SecondExtraHalfStart)),
            ["gameEnded"] = Stamp(schedule.End, moment.Phase == MatchPhase.Finished),
        };
    }

    private static int RedCards(MatchView view, Side side) => view.Tally.Facts.Cards.Count(c => c.Side == side && c.SendsOff);
}

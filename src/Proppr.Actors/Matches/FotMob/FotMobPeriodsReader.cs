using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Which periods have ended, when each began, and the goals of each. FotMob marks period ends with <c>Half</c> events
/// (HT, FT, AET) from 2023 and with <c>header.status.halfs</c> timestamps from 2024; the 2020 shape has neither, so
/// the status and the minutes of the events fill in.
/// </summary>
internal static class FotMobPeriodsReader
{
    /// <summary><c>halfs</c> timestamps are Europe/Oslo wall-clock time (kickoff 13:00Z is "15:00:11" in summer).</summary>
    private static readonly TimeZoneInfo? HalfsTimeZone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Oslo", out var zone) ? zone : null;

    private static readonly (string Field, MatchPeriod Period)[] StartFields =
    [
        ("firstHalfStarted", MatchPeriod.FirstHalf),
        ("secondHalfStarted", MatchPeriod.SecondHalf),
        ("firstExtraHalfStarted", MatchPeriod.FirstExtraHalf),
        ("secondExtraHalfStarted", MatchPeriod.SecondExtraHalf),
    ];

    private static readonly (string Field, MatchPeriod Period)[] EndFields =
    [
        ("firstHalfEnded", MatchPeriod.FirstHalf),
        ("secondHalfEnded", MatchPeriod.SecondHalf),
    ];

    public static ImmutableDictionary<MatchPeriod, DateTimeOffset> Starts(FotMobPayload payload)
    {
        var halfs = payload.Status.Property("halfs");
        var starts = ImmutableDictionary.CreateBuilder<MatchPeriod, DateTimeOffset>();
        foreach (var (field, period) in StartFields)
        {
            if (HalfsTime(halfs?.Property(field)) is { } start)
            {
                starts[period] = start;
            }
        }
        return starts.ToImmutable();
    }

    /// <summary>
    /// Periods run in order, so the ended ones are every period up to the last one known to have ended: one closed by
    /// a Half event or a halfs timestamp, the one before the latest period seen to begin (by a start time, an event's
    /// minute or the clock), the current one at half time, extra time once a shoot-out has kicks, and all that were
    /// played once the match is finished.
    /// </summary>
    public static ImmutableHashSet<MatchPeriod> Ended(
        FotMobPayload payload, MatchStatus status, MatchTime? clock,
        ImmutableDictionary<MatchPeriod, DateTimeOffset> starts, bool hadShootout)
    {
        var begun = payload.Events.Select(FotMobEvent.Time).OfType<MatchTime>().Select(time => time.Period)
            .Concat(starts.Keys)
            .Concat(clock is { } now ? [now.Period] : [])
            .ToList();
        var halfs = payload.Status.Property("halfs");
        var ended = payload.EventsOfType("Half").Select(FotMobEvent.Time).OfType<MatchTime>().Select(time => time.Period)
            .Concat(EndFields.Where(end => HasText(halfs?.Property(end.Field))).Select(end => end.Period))
            .ToList();
        if (begun.Count > 0 && begun.Max() is var latest && latest > MatchPeriod.FirstHalf)
        {
            ended.Add(latest - 1);
        }
        // Kicks of a shoot-out mean the 120 minutes are over, even in a shape with no half marks (2020) to say so.
        if (hadShootout)
        {
            ended.Add(MatchPeriod.SecondExtraHalf);
        }
        if (status == MatchStatus.HalfTime && clock is { } halfTime)
        {
            ended.Add(halfTime.Period);
        }
        if (status == MatchStatus.Finished)
        {
            ended.Add(hadShootout ? MatchPeriod.PenaltyShootout : begun.Append(MatchPeriod.SecondHalf).Max());
        }
        return ended.Count == 0
            ? []
            : Enum.GetValues<MatchPeriod>().Where(period => period <= ended.Max()).ToImmutableHashSet();
    }

    public static ImmutableDictionary<MatchPeriod, Score> ScoreByPeriod(IEnumerable<GoalEvent> goals) =>
        goals.GroupBy(goal => goal.Period)
            .ToImmutableDictionary(
                period => period.Key,
                period => period.Aggregate(Score.Nil, (score, goal) => score.Add(goal.CreditedTo)));

    private static bool HasText(JsonElement? value) => value?.AsText() is { Length: > 0 };

    private static DateTimeOffset? HalfsTime(JsonElement? value)
    {
        if (HalfsTimeZone is null ||
            !DateTime.TryParseExact(value?.AsText(), "dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ||
            HalfsTimeZone.IsInvalidTime(local))
        {
            return null;
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, HalfsTimeZone), TimeSpan.Zero);
    }
}

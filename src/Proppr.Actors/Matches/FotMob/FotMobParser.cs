using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Turns a FotMob match-details payload (bare, or wrapped in <c>pageProps</c>; any shape era from 2020 on) into a
/// <see cref="MatchDetails"/>. Throws <see cref="FotMobFormatException"/>, and nothing else, for a payload that is not a
/// match: invalid JSON, not an object, no header, teams or status. Optional parts that are missing or oddly shaped
/// leave their facts absent or zero.
/// </summary>
public static class FotMobParser
{
    public static MatchDetails Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(() => JsonDocument.Parse(json));
    }

    /// <summary>UTF-8 bytes, as downloaded (a <c>byte[]</c> converts implicitly).</summary>
    public static MatchDetails Parse(ReadOnlyMemory<byte> utf8) => Parse(() => JsonDocument.Parse(utf8));

    /// <summary>A UTF-8 stream, read to its end. Read failures of the stream itself are not format errors and pass through.</summary>
    public static MatchDetails Parse(Stream utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        return Parse(() => JsonDocument.Parse(utf8));
    }

    private static MatchDetails Parse(Func<JsonDocument> parseDocument)
    {
        using var document = FotMobJson.Open(parseDocument, "the payload");
        // A payload that is not text throughout cannot be trusted for any of its facts (issue 15: grade exited 1).
        if (document.RootElement.HasUndecodableText())
        {
            throw new FotMobFormatException("the payload holds text that is not valid Unicode (an escaped lone UTF-16 surrogate)");
        }
        return Build(FotMobPayload.From(document.RootElement));
    }

    private static MatchDetails Build(FotMobPayload payload)
    {
        var teams = FotMobTeamsReader.Read(payload);
        var (status, clock) = FotMobStatusReader.Read(payload.Status);
        var events = FotMobMatchEvents.Read(payload);
        var shootout = FotMobShootoutReader.Read(payload);
        var starts = FotMobPeriodsReader.Starts(payload);
        var teamStats = FotMobTeamStatsReader.Read(payload);
        var (hasShotMap, shots) = FotMobShotMapReader.Read(payload, teams, teamStats);
        return new MatchDetails
        {
            FixtureId = FixtureId(payload),
            Home = teams.Home,
            Away = teams.Away,
            Kickoff = Kickoff(payload),
            League = payload.General?.Property("leagueName")?.AsText() ??
                     payload.Content?.Path("matchFacts", "infoBox", "Tournament", "text")?.AsText(),
            Status = status,
            Clock = clock,
            EndedPeriods = FotMobPeriodsReader.Ended(payload, status, clock, starts, shootout is not null),
            PeriodStarts = starts,
            // Before kickoff, and for a match called off before it, FotMob's 0-0 is no score at all.
            Score = status.HasStarted() ? teams.Score : Score.Nil,
            ScoreByPeriod = FotMobPeriodsReader.ScoreByPeriod(events.Goals),
            ShootoutScore = shootout,
            TeamStats = teamStats,
            Lineup = FotMobLineupReader.Read(payload, status, events),
            Goals = events.Goals,
            Cards = events.Cards,
            Substitutions = events.Substitutions,
            Shots = shots,
            HasShotMap = hasShotMap,
        };
    }

    /// <summary><c>general.matchId</c> is a string; the 2020 shape has only <c>content.matchFacts.matchId</c>, a number.</summary>
    private static long FixtureId(FotMobPayload payload) =>
        payload.General?.Property("matchId")?.AsInt64() ??
        payload.Content?.Path("matchFacts", "matchId")?.AsInt64() ??
        payload.Content?.Path("lineup", "matchId")?.AsInt64() ??
        throw new FotMobFormatException("match id missing (general.matchId, content.matchFacts.matchId)");

    private static DateTimeOffset? Kickoff(FotMobPayload payload) =>
        (payload.Status.Property("utcTime") ?? payload.General?.Property("matchTimeUTCDate")) is { } value &&
        value.TryTimestamp(out var kickoff)
            ? kickoff
            : null;
}

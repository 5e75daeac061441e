using System.Text.Json;
using Proppr.Actors.Json;
using Proppr.Actors.Matches.Resolution;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Reads FotMob's day listing (<c>matches?date=yyyyMMdd</c>: <c>leagues[]</c>, each with its <c>matches[]</c>) into
/// <see cref="FixtureCandidate"/>s. A body that is not a listing (invalid JSON, not an object, no <c>leagues</c> array)
/// throws <see cref="FotMobFormatException"/>; a league or match that cannot be read (no id, team name, kickoff or
/// status) is skipped, so one odd entry never hides the other few hundred.
/// </summary>
public static class FotMobListingParser
{
    public static IReadOnlyList<FixtureCandidate> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(() => JsonDocument.Parse(json));
    }

    /// <summary>UTF-8 bytes, as downloaded.</summary>
    public static IReadOnlyList<FixtureCandidate> Parse(ReadOnlyMemory<byte> utf8) => Parse(() => JsonDocument.Parse(utf8));

    private static IReadOnlyList<FixtureCandidate> Parse(Func<JsonDocument> parseDocument)
    {
        using var document = FotMobJson.Open(parseDocument, "the listing");
        var root = FotMobJson.RequireObject(document.RootElement, "the listing");
        if (root.Property("leagues") is not { ValueKind: JsonValueKind.Array } leagues)
        {
            throw new FotMobFormatException("leagues missing or not an array");
        }
        return [.. leagues.Items().SelectMany(league => league.Property("matches").Items()
            .Select(match => Candidate(match, league.Property("name")?.AsText(), LeagueId(league)))
            .OfType<FixtureCandidate>())];
    }

    /// <summary>The competition's lasting id (<c>primaryId</c>); <c>id</c> can be one season's.</summary>
    private static long? LeagueId(JsonElement league) => league.Property("primaryId")?.AsInt64() ?? league.Property("id")?.AsInt64();

    private static FixtureCandidate? Candidate(JsonElement match, string? league, long? leagueId)
    {
        if (match.Property("id")?.AsInt64() is not { } id ||
            Name(match, "home", "name") is not { } home ||
            Name(match, "away", "name") is not { } away ||
            Kickoff(match) is not { } kickoff ||
            match.Property("status") is not { ValueKind: JsonValueKind.Object } status)
        {
            return null;
        }
        return new FixtureCandidate(
            id, home, Name(match, "home", "longName"), away, Name(match, "away", "longName"), kickoff, league,
            FotMobStatusReader.Read(status).Status, leagueId);
    }

    private static string? Name(JsonElement match, string side, string field) =>
        match.Path(side, field)?.AsText() is { } name && !string.IsNullOrWhiteSpace(name) ? name : null;

    /// <summary><c>status.utcTime</c> (ISO-8601); else <c>timeTS</c> (Unix milliseconds). <c>time</c> is Oslo local time.</summary>
    private static DateTimeOffset? Kickoff(JsonElement match) =>
        match.Path("status", "utcTime") is { } utc && utc.TryTimestamp(out var kickoff) ? kickoff
        : match.Property("timeTS") is { } epoch && epoch.TryInstant(out var fromEpoch) ? fromEpoch
        : null;
}

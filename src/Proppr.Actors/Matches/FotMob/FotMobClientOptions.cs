using System.Globalization;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Where and how to ask FotMob for match details and day listings. The endpoints moved over the years, so they are
/// templates: <c>{matchId}</c> (and <c>{buildId}</c> for the <c>_next/data</c> route, whose body sits under
/// <c>pageProps</c>), and <c>{date}</c> (<c>yyyyMMdd</c>) for the listing.
/// </summary>
public sealed record FotMobClientOptions
{
    public const string ApiMatchDetails = "/api/matchDetails?matchId={matchId}";
    public const string DataMatchDetails = "/api/data/matchDetails?matchId={matchId}";
    public const string NextData = "/_next/data/{buildId}/matches/{matchId}.json";
    public const string MatchListing = "/api/matches?date={date}";

    public Uri BaseUrl { get; init; } = new("https://www.fotmob.com");

    public string Endpoint { get; init; } = DataMatchDetails;

    /// <summary>The Next.js build id the <see cref="NextData"/> route needs.</summary>
    public string? BuildId { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>A cookies file (Netscape <c>cookies.txt</c> or a JSON array of <c>{name, value}</c>), e.g. a turnstile clearance.</summary>
    public string? CookiesFile { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a request may wait for a rate-limiter permit before giving up (the fixture retries later).</summary>
    public TimeSpan MaxPermitWait { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the last payload of a fixture no longer fetched is kept (fixtures poll at most every few hours).</summary>
    public TimeSpan CacheIdleLimit { get; init; } = TimeSpan.FromHours(12);

    /// <summary>The day listing fixture resolution searches (<c>{date}</c> is <c>yyyyMMdd</c>).</summary>
    public string ListingEndpoint { get; init; } = MatchListing;

    /// <summary>How long a fetched day listing is reused: retries of unresolved fixtures around one day cost one request.</summary>
    public TimeSpan ListingCacheFor { get; init; } = TimeSpan.FromMinutes(5);

    public string PathFor(long matchId) =>
        Endpoint.Replace("{matchId}", matchId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{buildId}", BuildId ?? "", StringComparison.Ordinal);

    public string ListingPathFor(DateOnly date) =>
        ListingEndpoint.Replace("{date}", date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

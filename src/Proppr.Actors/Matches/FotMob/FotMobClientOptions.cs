namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Where and how to ask FotMob for match details. The endpoint moved over the years, so it is a template:
/// <c>{matchId}</c> (and <c>{buildId}</c> for the <c>_next/data</c> route, whose body sits under <c>pageProps</c>).
/// </summary>
public sealed record FotMobClientOptions
{
    public const string ApiMatchDetails = "/api/matchDetails?matchId={matchId}";
    public const string DataMatchDetails = "/api/data/matchDetails?matchId={matchId}";
    public const string NextData = "/_next/data/{buildId}/matches/{matchId}.json";

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

    public string PathFor(long matchId) =>
        Endpoint.Replace("{matchId}", matchId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{buildId}", BuildId ?? "", StringComparison.Ordinal);
}

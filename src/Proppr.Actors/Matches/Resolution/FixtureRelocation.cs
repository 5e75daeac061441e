using System.Globalization;

namespace Proppr.Actors.Matches.Resolution;

/// <summary>
/// The external id under which the resolver looks for a fixture whose FotMob id stopped answering:
/// <c>fotmob:&lt;id&gt;</c>. It is an ordinary mapping key, so an operator answers with <c>POST /api/manage/mappings</c>
/// and <c>GET /api/manage/unresolved</c> lists it while it is unfound.
/// </summary>
public static class FixtureRelocation
{
    private const string Prefix = "fotmob:";

    public static string KeyOf(long fixtureId) => Prefix + fixtureId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The fixture a key relocates, or null for another provider's id.</summary>
    public static long? FixtureOf(string externalId) =>
        externalId.StartsWith(Prefix, StringComparison.Ordinal) &&
        long.TryParse(externalId.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>The query to search with when the fixture knows no teams: it never matches, so only an operator's mapping answers.</summary>
    public static FixtureQuery Unsearchable(long fixtureId) => new(KeyOf(fixtureId), "", "", DateTimeOffset.UnixEpoch);

    public static bool IsSearchable(FixtureQuery query) => query.HomeTeam.Length > 0 && query.AwayTeam.Length > 0;
}

using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Proppr.Replay.FotMob;

namespace Proppr.Replay.Server;

/// <summary>
/// The FotMob routes: match details under the three paths clients use (<c>/api/matchDetails</c>,
/// <c>/api/data/matchDetails</c>, and <c>/_next/data/{build}/matches/{slug}/{id}.json</c> wrapped in <c>pageProps</c>),
/// and the day listing <c>/api/matches?date=yyyyMMdd</c>. An unknown match is a 404.
/// </summary>
internal static class FotMobEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, ReplayServer server)
    {
        IResult Details(string? matchId) =>
            Find(server, matchId) is { } match
                ? Json(FotMobMatchWriter.Write(match, server.FotMobNow))
                : Results.NotFound();

        routes.MapGet("/api/matchDetails", (string? matchId) => Details(matchId));
        routes.MapGet("/api/data/matchDetails", (string? matchId) => Details(matchId));
        routes.MapGet("/_next/data/{build}/matches/{**path}", (string path) =>
        {
            // The id is the last path segment: ".../matches/home-vs-away/4712345.json".
            var last = path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            var id = last.EndsWith(".json", StringComparison.Ordinal) ? last[..^5] : last;
            return Find(server, id) is { } match
                ? Json(FotMobMatchWriter.WriteAsPageProps(match, server.FotMobNow))
                : Results.NotFound();
        });

        IResult Listing(string? date) =>
            DateOnly.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? Json(FotMobListingWriter.Write(server.Day, day, server.FotMobNow))
                : Results.BadRequest("date must be yyyyMMdd");

        routes.MapGet("/api/matches", (string? date) => Listing(date));
        routes.MapGet("/api/data/matches", (string? date) => Listing(date));
    }

    /// <summary>The match asked for, its request logged (<see cref="ReplayServer.FotMobCalls"/>).</summary>
    private static Generation.SyntheticMatch? Find(ReplayServer server, string? id)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var matchId) || server.Day.Find(matchId) is not { } match)
        {
            return null;
        }
        server.FotMobCalls.Record(matchId, server.Clock.Now);
        return match;
    }

    private static IResult Json(string body) => Results.Content(body, "application/json; charset=utf-8");
}

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Proppr.Replay.Generation;
using Proppr.Replay.Odds;

namespace Proppr.Replay.Server;

/// <summary>
/// The Odds-API.io v3 REST routes the ingester uses: <c>/v3/events</c> (and <c>/v3/events/{id}</c>), <c>/v3/odds</c> and
/// <c>/v3/odds/multi</c> (at most 10 events), each answering with the current snapshot, and <c>/v3/odds/updated</c> (one
/// bookmaker and one sport, <c>since</c> at most 90 s old) for gap fills. The key goes in <c>apiKey</c>;
/// every answer carries the <c>x-ratelimit-*</c> headers.
/// </summary>
internal static class OddsRestEndpoints
{
    private const int MultiLimit = 10;

    /// <summary>How old <c>since</c> may be on <c>/odds/updated</c> (the provider's OpenAPI says 90 s, its MCP tool 60 s).</summary>
    private static readonly TimeSpan UpdatedWindow = TimeSpan.FromSeconds(90);

    public static void Map(IEndpointRouteBuilder routes, ReplayServer server)
    {
        var group = routes.MapGroup("/v3").AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!IsAuthorised(server, http.Request.Query["apiKey"].ToString()))
            {
                return Results.Json(new { error = "Invalid API key" }, statusCode: StatusCodes.Status401Unauthorized);
            }
            AddQuotaHeaders(server, http.Response);
            return await next(context);
        });

        group.MapGet("/events", (string? league, string? status, DateTimeOffset? from, DateTimeOffset? to) =>
        {
            var now = server.Clock.Now;
            var statuses = (status ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var events = server.Day.Matches
                .Where(m => league is null || m.League.Slug == league)
                .Where(m => (from is null || m.Kickoff >= from) && (to is null || m.Kickoff <= to))
                .Select(m => OddsJson.Event(m, now))
                .Where(e => statuses.Length == 0 || statuses.Contains((string)e["status"]!));
            return Json(new JsonArray([.. events]));
        });
        group.MapGet("/events/{id:long}", (long id) =>
            server.Day.FindByOddsEvent(id) is { } match ? Json(OddsJson.Event(match, server.Clock.Now)) : NotFound());
        group.MapGet("/odds", (long? eventId, string? bookmakers) =>
            eventId is { } id && server.Day.FindByOddsEvent(id) is { } match
                ? Json(OddsJson.EventOdds(match, Selected(server, bookmakers), server.BooksNow))
                : NotFound());
        group.MapGet("/odds/multi", (string? eventIds, string? bookmakers) =>
        {
            var ids = (eventIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (ids.Length is 0 or > MultiLimit)
            {
                return Results.Json(new { error = $"eventIds must list 1 to {MultiLimit} events" }, statusCode: StatusCodes.Status400BadRequest);
            }
            var now = server.BooksNow;
            var books = Selected(server, bookmakers);
            var odds = ids
                .Select(id => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? server.Day.FindByOddsEvent(value) : null)
                .OfType<SyntheticMatch>()
                .Select(m => OddsJson.EventOdds(m, books, now));
            return Json(new JsonArray([.. odds]));
        });
        group.MapGet("/odds/updated", (long? since, string? bookmaker, string? sport) =>
        {
            if (since is not { } unixSeconds || string.IsNullOrWhiteSpace(bookmaker) || bookmaker.Contains(',') ||
                string.IsNullOrWhiteSpace(sport) || sport.Contains(','))
            {
                return Results.Json(new { error = "since (unix seconds), one bookmaker and one sport are required" }, statusCode: StatusCodes.Status400BadRequest);
            }
            if (server.Options.Time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(unixSeconds) > UpdatedWindow)
            {
                return Results.Json(new { error = $"since must be at most {UpdatedWindow.TotalSeconds} seconds old" }, statusCode: StatusCodes.Status400BadRequest);
            }
            var now = server.BooksNow;
            var books = Selected(server, bookmaker).ToList();
            // The replay keeps no change times: every event the bookmaker prices now is answered, a superset of what
            // changed since, which a client applies exactly as it would the changes.
            var odds = server.Day.Matches
                .Where(_ => sport == "football")
                .Select(m => OddsJson.EventOdds(m, books, now))
                .Where(e => e["bookmakers"]!.AsObject().Count > 0);
            return Json(new JsonArray([.. odds]));
        });
    }

    internal static bool IsAuthorised(ReplayServer server, string apiKey) =>
        apiKey.Length > 0 && (server.Options.OddsApiKeys is not { } keys || keys.Contains(apiKey));

    /// <summary>The bookmakers asked for (names are case-sensitive), or every selected one when none is named.</summary>
    private static IEnumerable<Bookmaker> Selected(ReplayServer server, string? names)
    {
        var wanted = (names ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return server.Options.Bookmakers.Where(b => wanted.Length == 0 || wanted.Contains(b.Name, StringComparer.Ordinal));
    }

    /// <summary>The quota headers as the provider sends them; the reset is an ISO-8601 timestamp, not seconds.</summary>
    private static void AddQuotaHeaders(ReplayServer server, HttpResponse response)
    {
        var quota = server.Options.OddsHourlyQuota;
        var now = server.Options.Time.GetUtcNow();
        response.Headers["x-ratelimit-limit"] = quota.ToString(CultureInfo.InvariantCulture);
        response.Headers["x-ratelimit-remaining"] = Math.Max(0, quota - server.OddsFaults.Requests).ToString(CultureInfo.InvariantCulture);
        response.Headers["x-ratelimit-reset"] = OddsJson.Timestamp(new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(1));
    }

    private static IResult Json(JsonNode node) => Results.Content(node.ToJsonString(), "application/json; charset=utf-8");

    private static IResult NotFound() => Results.Json(new { error = "Not found" }, statusCode: StatusCodes.Status404NotFound);
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.FotMob;

/// <summary>
/// Renders a replayed match at an instant as FotMob match details in the 2024/25 shape (then reshaped to the match's
/// <see cref="FotMobEra"/>): <c>general</c>, <c>header</c>
/// (teams, status, goal and red-card summary), and <c>content</c> (match facts, team stats by half, player stats, shot
/// map, lineups). Only what has happened by then is in it; the same match and instant always give the same bytes.
/// </summary>
public static class FotMobMatchWriter
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    /// <summary>The bare document, as <c>/api/matchDetails</c> serves it.</summary>
    public static string Write(SyntheticMatch match, DateTimeOffset now) => Document(match, now).ToJsonString(Compact);

    /// <summary>The document wrapped as the <c>_next/data</c> route serves it.</summary>
    public static string WriteAsPageProps(SyntheticMatch match, DateTimeOffset now) =>
        new JsonObject { ["pageProps"] = Document(match, now), ["__N_SSP"] = true }.ToJsonString(Compact);

    public static JsonObject Document(SyntheticMatch match, DateTimeOffset now)
    {
        var view = new MatchView(match, now);
        var shots = FotMobShotmap.Shots(view);
        var events = FotMobEvents.Timeline(view, shots);
        var document = new JsonObject
        {
            ["general"] = General(view),
            ["header"] = new JsonObject
            {
                ["teams"] = new JsonArray(Team(view, Side.Home), Team(view, Side.Away)),
                ["status"] = FotMobStatus.Header(view),
                ["events"] = FotMobEvents.HeaderEvents(view, events),
            },
            ["nav"] = new JsonArray("matchfacts", "liveticker", "lineup", "stats", "table", "head to head"),
            ["ongoing"] = view.Moment.InPlay,
            ["hasPendingVAR"] = false,
            ["content"] = new JsonObject
            {
                ["matchFacts"] = MatchFacts(view, events),
                ["liveticker"] = new JsonObject { ["langs"] = "en", ["teams"] = new JsonArray(match.Home.Name, match.Away.Name) },
                ["superlive"] = new JsonObject { ["superLiveUrl"] = null, ["showSuperLive"] = false },
                ["buzz"] = null,
                ["stats"] = FotMobTeamStats.Section(view),
                ["playerStats"] = FotMobPlayerStats.Section(view, shots),
                ["shotmap"] = FotMobShotmap.Section(shots),
                ["lineup"] = FotMobLineup.Section(view),
                ["hasPlayoff"] = false,
                ["table"] = null,
                ["h2h"] = null,
                ["momentum"] = null,
            },
            ["seo"] = new JsonObject
            {
                ["path"] = $"/matches/{view.PageSlug}/{match.MatchId}",
                ["eventJSONLD"] = null,
                ["breadcrumbJSONLD"] = null,
                ["faqJSONLD"] = null,
            },
        };
        FotMobQuirks.Apply(view, document);
        FotMobEras.Apply(view, document);
        return document;
    }

    private static JsonObject General(MatchView view)
    {
        var match = view.Match;
        var when = match.Kickoff.UtcDateTime.ToString("ddd, MMM d, yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var round = match.Round.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["matchId"] = match.MatchId.ToString(CultureInfo.InvariantCulture),
            ["matchName"] = $"{match.Home.Name}-vs-{match.Away.Name}_{when}",
            ["matchRound"] = round,
            ["teamColors"] = MatchView.TeamColours(),
            ["leagueId"] = match.League.Id,
            ["leagueName"] = match.League.Name,
            ["leagueRoundName"] = round,
            ["parentLeagueId"] = match.League.Id,
            ["countryCode"] = match.League.CountryCode,
            ["homeTeam"] = new JsonObject { ["name"] = match.Home.Name, ["id"] = match.Home.Id },
            ["awayTeam"] = new JsonObject { ["name"] = match.Away.Name, ["id"] = match.Away.Id },
            ["coverageLevel"] = "xG",
            ["matchTimeUTC"] = when,
            ["matchTimeUTCDate"] = OsloTime.Utc(match.Kickoff),
            ["started"] = view.Moment.Started,
            ["finished"] = FotMobStatus.Finished(view),
        };
    }

    private static JsonObject Team(MatchView view, Side side)
    {
        var team = view.Team(side);
        return new JsonObject
        {
            ["name"] = team.Name,
            ["id"] = team.Id,
            ["score"] = view.HeaderScore.For(side),
            ["imageUrl"] = $"https://images.fotmob.com/image_resources/logo/teamlogo/{team.Id}_small.png",
            ["pageUrl"] = MatchView.TeamUrl(team),
        };
    }

    private static JsonObject MatchFacts(MatchView view, IReadOnlyList<JsonObject> events)
    {
        var match = view.Match;
        var facts = new JsonObject
        {
            ["matchId"] = match.MatchId,
            ["highlights"] = null,
        };
        if (view.PlayerOfTheMatch is { } best)
        {
            facts["playerOfTheMatch"] = PlayerOfTheMatch(view, best);
        }
        facts["events"] = FotMobEvents.MatchFactsEvents(view, events);
        facts["infoBox"] = new JsonObject
        {
            ["legInfo"] = null,
            ["Match Date"] = new JsonObject { ["utcTime"] = OsloTime.Utc(match.Kickoff), ["isDateCorrect"] = true },
            ["Tournament"] = new JsonObject
            {
                ["id"] = match.League.Id,
                ["parentLeagueId"] = match.League.Id,
                ["link"] = $"/leagues/{match.League.Id}/overview/{match.League.Slug}",
                ["leagueName"] = match.League.Name,
                ["roundName"] = match.Round.ToString(CultureInfo.InvariantCulture),
                ["round"] = match.Round.ToString(CultureInfo.InvariantCulture),
            },
            ["Stadium"] = new JsonObject { ["name"] = $"{match.Home.Name} Ground", ["city"] = match.Home.Name.Split(' ')[0], ["country"] = "England" },
        };
        facts["countryCode"] = match.League.CountryCode;
        return facts;
    }

    private static JsonObject PlayerOfTheMatch(MatchView view, SquadPlayer player)
    {
        var side = view.SideOf(player.Id);
        var team = view.Team(side);
        return new JsonObject
        {
            ["id"] = player.Id,
            ["name"] = new JsonObject { ["firstName"] = player.FirstName, ["lastName"] = player.LastName, ["fullName"] = player.Name },
            ["teamName"] = team.Name,
            ["teamId"] = team.Id,
            ["rating"] = new JsonObject
            {
                ["num"] = view.Rating(player)!.Value.ToString("0.0", CultureInfo.InvariantCulture),
                ["isTop"] = new JsonObject { ["isTopRating"] = true, ["isMatchFinished"] = true },
            },
            ["minutesPlayed"] = view.Tally.Player(player.Id).Minutes,
            ["pageUrl"] = MatchView.ProfileUrl(player),
            ["isHomeTeam"] = side == Side.Home,
            ["role"] = player.Position.ToString(),
        };
    }
}

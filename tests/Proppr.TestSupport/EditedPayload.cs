using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;

namespace Proppr.TestSupport;

/// <summary>
/// A real FotMob payload of <c>samples/fotmob</c> edited into a shape seen only in payloads that are not saved here
/// (<c>SHAPE.md</c> §9): a booking missing from the events, a review, only the whole-match stats column, low coverage.
/// Edits go to the match object (inside <c>pageProps</c> when wrapped); the result parses as FotMob's own would, at full
/// time or rewound to a moment of play (<see cref="LivePayloads"/>).
/// </summary>
public sealed class EditedPayload
{
    private readonly JsonObject _document;

    private EditedPayload(JsonObject document)
    {
        _document = document;
        Root = document["pageProps"] as JsonObject ?? document;
    }

    public static EditedPayload Of(long matchId) =>
        new(JsonNode.Parse(ReferenceData.ReadFotMob(matchId))!.AsObject());

    public JsonObject Root { get; }

    public JsonObject Content => (JsonObject)Root["content"]!;

    public JsonArray Events => (JsonArray)Content["matchFacts"]!["events"]!["events"]!;

    public string Json => _document.ToJsonString();

    public MatchDetails FullTime => FotMobParser.Parse(Json);

    public MatchDetails HalfTime => FotMobParser.Parse(LivePayloads.AtHalfTime(Json));

    public MatchDetails At(int minute) => FotMobParser.Parse(LivePayloads.TruncateAt(Json, minute));

    public EditedPayload Edit(Action<EditedPayload> edit)
    {
        edit(this);
        return this;
    }

    public EditedPayload RemoveEvents(Func<JsonObject, bool> which)
    {
        foreach (var e in Events.OfType<JsonObject>().Where(which).ToList())
        {
            Events.Remove(e);
        }
        return this;
    }

    /// <summary>Adds an event (the parser orders events by their clock).</summary>
    public EditedPayload AddEvent(string json)
    {
        Events.Add(JsonNode.Parse(json));
        return this;
    }

    /// <summary>Team stats with only the <c>All</c> column, as older matches and low-coverage competitions have.</summary>
    public EditedPayload WholeMatchStatsOnly()
    {
        var periods = (JsonObject)Content["stats"]!["Periods"]!;
        foreach (var name in periods.Select(period => period.Key).Where(name => name != "All").ToList())
        {
            periods.Remove(name);
        }
        return this;
    }

    /// <summary>
    /// A low-coverage competition (<c>coverageLevel: "ratings"</c>): whole-match team stats without the xG group, an
    /// empty shot map, player stats only for those who appeared, no man of the match.
    /// </summary>
    public EditedPayload LowCoverage()
    {
        if (Root["general"] is JsonObject general)
        {
            general["coverageLevel"] = "ratings";
        }
        WholeMatchStatsOnly();
        var groups = (JsonArray)Content["stats"]!["Periods"]!["All"]!["stats"]!;
        foreach (var xg in groups.OfType<JsonObject>().Where(group => (string?)group["key"] == "expected_goals").ToList())
        {
            groups.Remove(xg);
        }
        Content["shotmap"] = new JsonObject { ["shots"] = new JsonArray(), ["Periods"] = new JsonObject { ["All"] = new JsonArray() } };
        if (Content["playerStats"] is JsonObject playerStats)
        {
            foreach (var (id, _) in playerStats.Where(entry => entry.Value?["stats"] is not JsonArray { Count: > 0 }).ToList())
            {
                playerStats.Remove(id);
            }
        }
        Content["matchFacts"]!.AsObject().Remove("playerOfTheMatch");
        return this;
    }
}

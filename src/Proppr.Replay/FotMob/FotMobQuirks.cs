using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.FotMob;

/// <summary>
/// Writes a match's <see cref="FeedQuirk"/>s into its document as the real feed shows them: card events taken out or
/// flagged, coach cards, missed penalties and VAR reviews added, team-stat columns changed. An event shows once the
/// clock has passed it; the whole-match corner count runs ahead of the halves once the match is over.
/// </summary>
internal static class FotMobQuirks
{
    public static void Apply(MatchView view, JsonObject document)
    {
        var quirks = view.Match.Quirks;
        if (document["content"]?["matchFacts"]?["events"] is JsonObject section && section["events"] is JsonArray events)
        {
            if (quirks.BookingMissingFromEvents is { } missing && FindCard(events, missing) is { } unseen)
            {
                events.Remove(unseen);
            }
            if (quirks.SubstitutedPlayerBooked is { } late && FindCard(events, late) is { } offPitch)
            {
                offPitch["cardDescription"] = Description("not_on_pitch", "Not on pitch");
            }
            Insert(view, events, quirks.CoachBooked, CoachCard);
            Insert(view, events, quirks.MissedPenalty, MissedPenalty);
            Insert(view, events, quirks.GoalCancelledByVar, CancelledGoal);
            if (quirks.CardChangedByVar is { } review)
            {
                Review(view, events, review);
            }
            FotMobShootout.Apply(view, section, events);
        }
        if (document["content"]?["stats"]?["Periods"] is JsonObject periods)
        {
            if (quirks.TotalAboveHalves is { } side && view.Moment.Phase == MatchPhase.Finished)
            {
                foreach (var row in Rows(periods["All"], "corners"))
                {
                    var index = side == Side.Home ? 0 : 1;
                    row[index] = ((int?)row[index] ?? 0) + 1;
                }
            }
            if (quirks.NullHalfSplits)
            {
                foreach (var half in new[] { "FirstHalf", "SecondHalf" })
                {
                    foreach (var row in Rows(periods[half], key: null))
                    {
                        for (var i = 0; i < row.Count; i++)
                        {
                            if (row[i] is JsonValue value && value.TryGetValue<int>(out var n) && n == 0)
                            {
                                row[i] = null;
                            }
                        }
                    }
                }
            }
            if (quirks.NoHalfColumns)
            {
                periods.Remove("FirstHalf");
                periods.Remove("SecondHalf");
            }
        }
    }

    /// <summary>The <c>stats</c> pair of every row of a period (of the rows with <paramref name="key"/>, when given).</summary>
    private static IEnumerable<JsonArray> Rows(JsonNode? period, string? key) =>
        period?["stats"] is JsonArray groups
            ? groups.SelectMany(g => g?["stats"] as JsonArray ?? [])
                .Where(row => row?["type"]?.GetValue<string>() != "title" && (key is null || row?["key"]?.GetValue<string>() == key))
                .Select(row => row!["stats"]).OfType<JsonArray>()
                .ToList()
            : [];

    private static JsonObject? FindCard(JsonArray events, CardFact card) =>
        events.OfType<JsonObject>().FirstOrDefault(e =>
            (string?)e["type"] == "Card" && (string?)e["card"] == "Yellow" && (long?)e["player"]?["id"] == card.PlayerId
            && (int?)e["time"] == card.Time.Minute);

    /// <summary>Inserts the incident's event after the events up to its minute, once the clock has passed it.</summary>
    private static void Insert(MatchView view, JsonArray events, FeedIncident? incident, Func<FeedIncident, JsonObject> write)
    {
        if (incident is null || view.Moment.Cutoff is not { } cutoff || incident.Time > cutoff)
        {
            return;
        }
        var json = write(incident);
        var before = events.OfType<JsonObject>().TakeWhile(e => At(e) <= incident.Time).ToList();
        json["homeScore"] = before.Count > 0 ? before[^1]["homeScore"]?.DeepClone() ?? 0 : 0;
        json["awayScore"] = before.Count > 0 ? before[^1]["awayScore"]?.DeepClone() ?? 0 : 0;
        events.Insert(before.Count, json);
    }

    /// <summary>
    /// The card as the referee first showed it, a yellow, then the review: a red of the facts is shown as yellow before
    /// it is upgraded, a yellow the facts never had is shown, then taken back.
    /// </summary>
    private static void Review(MatchView view, JsonArray events, CardReview review)
    {
        var shown = review.Shown;
        if (review.ToRed)
        {
            if (events.OfType<JsonObject>().FirstOrDefault(e => (string?)e["type"] == "Card" && (string?)e["card"] == "Red"
                    && (long?)e["player"]?["id"] == shown.PersonId) is { } red)
            {
                red["card"] = "Yellow";
            }
        }
        else
        {
            Insert(view, events, shown, YellowShown);
        }
        Insert(view, events, shown, card => Decision(card, review.ToRed
            ? ("var_card_changed_to_red", "Card upgraded")
            : ("var_yellow_card_removed", "Card removed")));
    }

    private static JsonObject YellowShown(FeedIncident card)
    {
        var json = Event("Card", card);
        json["card"] = "Yellow";
        json["cardDescription"] = null;
        return json;
    }

    private static MatchTime At(JsonObject e) => new((int?)e["time"] ?? 0, (int?)e["overloadTime"] ?? 0);

    private static JsonObject CoachCard(FeedIncident coach)
    {
        var json = Event("Card", coach);
        json["card"] = "Yellow";
        json["cardDescription"] = Description("coach", "Coach");
        return json;
    }

    /// <summary>A penalty missed in normal time: no goal, no shot-map event.</summary>
    private static JsonObject MissedPenalty(FeedIncident taker)
    {
        var json = Event("MissedPenalty", taker);
        json["isPenaltyShootoutEvent"] = false;
        json["shotmapEvent"] = null;
        return json;
    }

    /// <summary>A goal cancelled on review: the VAR event alone, no <c>Goal</c> event.</summary>
    private static JsonObject CancelledGoal(FeedIncident scorer)
    {
        var json = Decision(scorer, ("var_goal_cancelled", "Goal cancelled"));
        json["VAR"]!["decision"]!["key"]!.AsArray().Add("offside");
        json["VAR"]!["decision"]!["value"]!.AsArray().Add("Offside");
        return json;
    }

    /// <summary>A <c>VAR</c> event with its final decision.</summary>
    private static JsonObject Decision(FeedIncident incident, (string Key, string Text) decision)
    {
        var json = Event("VAR", incident);
        json["VAR"] = new JsonObject
        {
            ["pendingDecision"] = false,
            ["decision"] = new JsonObject
            {
                ["key"] = new JsonArray(decision.Key),
                ["value"] = new JsonArray(decision.Text),
            },
        };
        return json;
    }

    private static JsonObject Event(string type, FeedIncident incident) => new()
    {
        ["reactKey"] = $"{incident.Time.Minute}{type}{incident.PersonId}",
        ["timeStr"] = incident.Time.Added > 0 ? JsonValue.Create($"{incident.Time.Minute} + {incident.Time.Added}") : JsonValue.Create(incident.Time.Minute),
        ["type"] = type,
        ["time"] = incident.Time.Minute,
        ["overloadTime"] = incident.Time.Added > 0 ? incident.Time.Added : null,
        ["player"] = new JsonObject { ["id"] = incident.PersonId, ["name"] = incident.Name },
        ["nameStr"] = incident.Name,
        ["isHome"] = incident.Side == Side.Home,
    };

    private static JsonObject Description(string key, string text) => new() { ["localizedKey"] = key, ["defaultText"] = text };
}

using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.FotMob;

/// <summary>
/// <c>content.matchFacts.events</c> and <c>header.events</c>: goals, cards and substitutions as published so far, with
/// the added-time announcements and the HT/FT markers. Each event carries the score before it, goals the score after.
/// </summary>
internal static class FotMobEvents
{
    /// <summary>Events sort by minute, then: the minute's incidents, then an added-time announcement, then a half marker.</summary>
    private const int IncidentRank = 0;
    private const int AddedTimeRank = 1;
    private const int HalfRank = 2;

    public static IReadOnlyList<JsonObject> Timeline(MatchView view, IReadOnlyList<ShotEntry> shots)
    {
        var facts = view.Match.FactsFor(view.Moment.Corrected);
        var cutoff = view.Moment.Cutoff;

        // Numbered over the whole match, so an event keeps its id as the match goes on.
        var items = facts.Goals.Cast<IMatchFact>().Concat(facts.Cards).Concat(facts.Substitutions)
            .OrderBy(f => f.Time)
            .Select((fact, index) => new Item(fact.Time, IncidentRank, fact, score => Incident(view, fact, index, score, shots)))
            .Where(i => cutoff is { } last && i.Time <= last)
            .ToList();
        var time = facts.PlayingTime;
        foreach (var minute in new[] { 45, 90 })
        {
            if (cutoff is { } seen && seen >= new MatchTime(minute))
            {
                var added = minute == 45 ? time.FirstHalfAdded : time.SecondHalfAdded;
                items.Add(new Item(new MatchTime(minute), AddedTimeRank, null, score => AddedTime(minute, added, score)));
            }
        }
        if (view.Moment.FirstHalfOver)
        {
            items.Add(new Item(time.HalfTime, HalfRank, null, score => Half(45, "HT", "halftime_short", score)));
        }
        if (view.Moment.RegulationOver)
        {
            items.Add(new Item(time.FullTime, HalfRank, null, score => Half(90, "FT", "fulltime_short", score)));
        }

        var running = Score.Nil;
        var events = new List<JsonObject>();
        foreach (var item in items.OrderBy(i => i.Time).ThenBy(i => i.Rank))
        {
            events.Add(item.Make(running));
            if (item.Fact is GoalFact goal)
            {
                running = running.Add(goal.Side);
            }
        }
        return events;
    }

    public static JsonObject MatchFactsEvents(MatchView view, IReadOnlyList<JsonObject> events) => new()
    {
        ["ongoing"] = view.Moment.InPlay,
        ["events"] = new JsonArray([.. events.Select(e => e.DeepClone())]),
        ["eventTypes"] = new JsonArray([.. events.Select(e => (string)e["type"]!).Distinct().Select(t => JsonValue.Create(t))]),
        ["penaltyShootoutEvents"] = null,
    };

    /// <summary><c>header.events</c>: goals and red cards grouped by side and by the player's last name.</summary>
    public static JsonObject? HeaderEvents(MatchView view, IReadOnlyList<JsonObject> events)
    {
        if (!view.Moment.Started)
        {
            return null;
        }
        JsonObject Group(Func<JsonObject, bool> take) =>
            new(events.Where(take)
                .GroupBy(e => (string)e["lastName"]!)
                .Select(g => KeyValuePair.Create(g.Key, (JsonNode?)new JsonArray([.. g.Select(e => e.DeepClone())]))));
        bool Is(JsonObject e, string type, bool home) => (string)e["type"]! == type && (bool)e["isHome"]! == home;
        bool IsRed(JsonObject e) => (string?)e["card"] is "Red" or "YellowRed";
        return new JsonObject
        {
            ["homeTeamGoals"] = Group(e => Is(e, "Goal", true)),
            ["awayTeamGoals"] = Group(e => Is(e, "Goal", false)),
            ["homeTeamRedCards"] = Group(e => Is(e, "Card", true) && IsRed(e)),
            ["awayTeamRedCards"] = Group(e => Is(e, "Card", false) && IsRed(e)),
        };
    }

    /// <summary>One line of the timeline, written once the score before it is known.</summary>
    private sealed record Item(MatchTime Time, int Rank, IMatchFact? Fact, Func<Score, JsonObject> Make);

    private static JsonObject Incident(MatchView view, IMatchFact fact, int index, Score before, IReadOnlyList<ShotEntry> shots) => fact switch
    {
        GoalFact goal => Goal(view, goal, index, before, shots),
        CardFact card => Card(view, card, index, before),
        SubstitutionFact substitution => Substitution(view, substitution, before),
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "not a timeline incident"),
    };

    private static JsonObject Goal(MatchView view, GoalFact goal, int index, Score before, IReadOnlyList<ShotEntry> shots)
    {
        var scorer = view.Player(goal.ScorerId);
        var after = before.Add(goal.Side);
        var json = PlayerEvent(view, "Goal", goal, index, scorer, before);
        json["ownGoal"] = goal.OwnGoal ? true : null;
        json["goalDescription"] = goal.Penalty ? "Penalty" : goal.OwnGoal ? "Own goal" : null;
        json["goalDescriptionKey"] = goal.Penalty ? "penalty" : goal.OwnGoal ? "own_goal" : null;
        json["suffix"] = goal.Penalty ? "Pen" : goal.OwnGoal ? "OG" : null;
        json["suffixKey"] = goal.Penalty ? "penalties_short" : goal.OwnGoal ? "own_goal_short" : null;
        json["isPenaltyShootoutEvent"] = false;
        AddNames(json, scorer);
        json["newScore"] = new JsonArray(after.Home, after.Away);
        json["penShootoutScore"] = null;
        json["shotmapEvent"] = shots.FirstOrDefault(s => ReferenceEquals(s.Fact, goal))?.Copy();
        if (goal.AssistId is { } assistId)
        {
            var assist = view.Player(assistId);
            json["assistStr"] = $"assist by {assist.Name}";
            json["assistProfileUrl"] = MatchView.ProfileUrl(assist);
            json["assistPlayerId"] = assist.Id;
            json["assistKey"] = "assist_by";
            json["assistInput"] = assist.Name;
        }
        else
        {
            json["assistStr"] = null;
            json["assistProfileUrl"] = null;
        }
        return json;
    }

    private static JsonObject Card(MatchView view, CardFact card, int index, Score before)
    {
        var player = view.Player(card.PlayerId);
        var json = PlayerEvent(view, "Card", card, index, player, before);
        AddNames(json, player);
        json["card"] = card.Kind switch
        {
            CardKind.Yellow => "Yellow",
            CardKind.SecondYellow => "YellowRed",
            _ => "Red",
        };
        json["cardDescription"] = null;
        return json;
    }

    /// <summary>In <c>swap</c> the player coming on is first, the player going off second; their ids are strings.</summary>
    private static JsonObject Substitution(MatchView view, SubstitutionFact substitution, Score before)
    {
        var on = view.Player(substitution.OnId);
        var off = view.Player(substitution.OffId);
        var json = Common($"{substitution.Time.Minute}Substitution{on.Id}", "Substitution", substitution.Time, before);
        json["overloadTime"] = substitution.Time.Added;
        json["profileUrl"] = "";
        json["overloadTimeStr"] = false;
        json["isHome"] = substitution.Side == Side.Home;
        json["injuredPlayerOut"] = substitution.Injury;
        json["swap"] = new JsonArray(Swap(on), Swap(off));
        return json;

        static JsonObject Swap(SquadPlayer player) => new()
        {
            ["name"] = player.Name,
            ["id"] = player.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["profileUrl"] = MatchView.ProfileUrl(player),
        };
    }

    private static JsonObject AddedTime(int minute, int added, Score before)
    {
        var json = Common($"{minute}AddedTime", "AddedTime", new MatchTime(minute), before);
        json["minutesAddedStr"] = $"+ {added} minutes added";
        json["minutesAddedKey"] = "added_injury_time";
        json["minutesAddedInput"] = added;
        return json;
    }

    public static JsonObject Half(int minute, string shortText, string key, Score score)
    {
        var json = Common($"{minute}Half", "Half", new MatchTime(minute), score);
        json["halfStrShort"] = shortText;
        json["halfStrKey"] = key;
        return json;
    }

    /// <summary>The fields every event has; <c>timeStr</c> is an int, or <c>"45 + 3"</c> in added time.</summary>
    public static JsonObject Common(string reactKey, string type, MatchTime time, Score before) => new()
    {
        ["reactKey"] = reactKey,
        ["timeStr"] = time.Added > 0 ? JsonValue.Create($"{time.Minute} + {time.Added}") : JsonValue.Create(time.Minute),
        ["type"] = type,
        ["time"] = time.Minute,
        ["overloadTime"] = time.Added > 0 ? time.Added : null,
        ["player"] = new JsonObject { ["id"] = null, ["profileUrl"] = "" },
        ["homeScore"] = before.Home,
        ["awayScore"] = before.Away,
    };

    private static JsonObject PlayerEvent(MatchView view, string type, IMatchFact fact, int index, SquadPlayer player, Score before)
    {
        var json = Common($"{view.MatchId}{fact.Time.Minute}{type}{player.Id}", type, fact.Time, before);
        json["eventId"] = (view.MatchId % 100_000 * 1_000) + index;
        json["player"] = new JsonObject { ["id"] = player.Id, ["name"] = player.Name, ["profileUrl"] = MatchView.ProfileUrl(player) };
        json["profileUrl"] = MatchView.ProfileUrl(player);
        json["overloadTimeStr"] = fact.Time.Added > 0 ? JsonValue.Create($"+{fact.Time.Added}") : JsonValue.Create(false);
        json["isHome"] = fact.Side == Side.Home;
        return json;
    }

    private static void AddNames(JsonObject json, SquadPlayer player)
    {
        json["nameStr"] = player.Name;
        json["firstName"] = player.FirstName;
        json["lastName"] = player.LastName;
        json["fullName"] = player.Name;
        json["playerId"] = player.Id;
    }
}

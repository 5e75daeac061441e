using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.FotMob;

/// <summary>
/// A cup tie's extra time and shoot-out as FotMob writes them: the <c>AET</c> half event at 120 once extra time is over,
/// the kicks so far in <c>penaltyShootoutEvents</c> (time 121, running <c>penShootoutScore</c>, <c>newScore</c> the match
/// score plus kicks scored), and the <c>PenaltyShootout</c> summary at 121 once the last kick is in.
/// </summary>
internal static class FotMobShootout
{
    private const int KickMinute = 121;

    public static void Apply(MatchView view, JsonObject eventsSection, JsonArray events)
    {
        var schedule = view.Schedule;
        if (view.Match.Quirks.Shootout is not { } shootout || schedule.ShootoutStart is not { } start || view.Moment.At < start)
        {
            return;
        }
        var score = view.Tally.Score;
        events.Add(FotMobEvents.Half(120, "AET", "afterextratime_short", score));
        var taken = schedule.KicksTaken(view.Moment.At);
        eventsSection["penaltyShootoutEvents"] = new JsonArray([.. shootout.Kicks.Take(taken).Select((kick, index) =>
        {
            var before = shootout.ScoreAfter(index);
            var after = shootout.ScoreAfter(index + 1);
            var json = FotMobEvents.Common($"{KickMinute}{(kick.Scored ? "Goal" : "MissedPenalty")}{kick.PlayerId}",
                kick.Scored ? "Goal" : "MissedPenalty", new MatchTime(KickMinute), score.Plus(before));
            json["player"] = new JsonObject { ["id"] = kick.PlayerId, ["name"] = kick.Name };
            json["nameStr"] = kick.Name;
            json["playerId"] = kick.PlayerId;
            json["isHome"] = kick.Side == Side.Home;
            json["isPenaltyShootoutEvent"] = true;
            json["penShootoutScore"] = new JsonArray(after.Home, after.Away);
            json["newScore"] = new JsonArray(score.Home + after.Home, score.Away + after.Away);
            return (JsonNode)json;
        })]);
        if (view.Moment.Phase == MatchPhase.Finished)
        {
            var kicks = shootout.Score;
            var summary = FotMobEvents.Common($"{KickMinute}PenaltyShootout", "PenaltyShootout", new MatchTime(KickMinute), score.Plus(kicks));
            summary["penaltyScore"] = new JsonArray(kicks.Home, kicks.Away);
            events.Add(summary);
        }
    }
}

using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// The penalty shoot-out score: <c>header.status.reason.penalties</c> once the match is over, else the
/// <c>PenaltyShootout</c> summary event, else the kicks scored so far in <c>penaltyShootoutEvents</c>.
/// </summary>
internal static class FotMobShootoutReader
{
    public static Score? Read(FotMobPayload payload) =>
        FotMobEvent.ScorePair(payload.Status.Path("reason", "penalties")) ??
        payload.EventsOfType("PenaltyShootout").Select(e => FotMobEvent.ScorePair(e.Property("penaltyScore"))).LastOrDefault(s => s is not null) ??
        KicksScored(payload);

    private static Score? KicksScored(FotMobPayload payload)
    {
        var kicks = payload.ShootoutKicks.ToArray();
        if (kicks.Length == 0)
        {
            return null;
        }
        return kicks
            .Where(kick => FotMobEvent.Type(kick) == "Goal")
            .Select(FotMobEvent.SideOf)
            .Aggregate(Score.Nil, (score, side) => side is { } scorer ? score.Add(scorer) : score);
    }
}

using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.FotMob;

/// <summary>A FotMob-like 0-10 rating from a player's line: 6 for turning up, more for goals and work, less for errors.</summary>
internal static class PlayerRating
{
    /// <summary>The rating, or null for players on the pitch too briefly to be rated (FotMob leaves them out too).</summary>
    public static decimal? Of(SquadPlayer player, StatLine line)
    {
        if (line.Minutes < 10)
        {
            return null;
        }
        var rating = 6.0m
            + (1.1m * line.Goals) + (0.7m * line.Assists) + (0.15m * line.ShotsOnTarget)
            + (0.08m * line.Tackles) + (0.08m * line.Interceptions) + (0.004m * line.AccuratePasses)
            - (0.1m * line.Fouls) - (0.4m * line.YellowCards) - (1.5m * line.RedCards)
            + (0.3m * line.Saves) - (0.35m * line.GoalsConceded)
            + ((player.Id % 9) - 4) * 0.05m;
        return Math.Round(Math.Clamp(rating, 3.0m, 10.0m), 2, MidpointRounding.AwayFromZero);
    }
}

using Proppr.Actors.Matches;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.Odds;

/// <summary>
/// The <c>Player Props</c> market once the lineups are out: shots, shots on target and fouls of every player on the
/// pitch, labelled <c>"Player Name (Stat)"</c> as the feed labels them (FORMAT.md §1.5), priced like the totals from
/// what the player has done so far and his share of what his side is still to do. In play a book re-prices a player's
/// lines within seconds of his shot or foul: the odds then tell of facts no team market moves for.
/// </summary>
internal static class PlayerPropsPricer
{
    /// <summary>A side's shots per 90 minutes beside its expected goals (the timeline's ten a side, more for the stronger attack).</summary>
    private const double ShotsPerGoal = 2.5;
    private const double BaseShots = 8.0;
    private const double OnTargetShare = 0.35;
    private const double FoulsPerSide = 11.0;

    private static readonly decimal[] ShotLines = [0.5m, 1.5m, 2.5m];
    private static readonly decimal[] SmallLines = [0.5m, 1.5m];

    public static List<OddsLine> Lines(SyntheticMatch match, MatchMoment moment, MatchTally tally, double remaining, Func<double, decimal> price, int max)
    {
        if (!moment.LineupsKnown)
        {
            return [];
        }
        var lines = new List<OddsLine>();
        var now = new MatchTime(moment.MinutesPlayed);
        foreach (var side in (Side[])[Side.Home, Side.Away])
        {
            var onPitch = tally.Roster.OnPitch(side, now);
            var (scorers, foulers) = (onPitch.Sum(PositionWeights.Scorer.Of), onPitch.Sum(PositionWeights.Booked.Of));
            var sideShots = (BaseShots + (ShotsPerGoal * (side == Side.Home ? match.Rates.Home : match.Rates.Away))) * remaining;
            foreach (var player in onPitch.Where(p => !p.IsGoalkeeper))
            {
                var (done, shots) = (tally.Player(player.Id), sideShots * PositionWeights.Scorer.Of(player) / scorers);
                var fouls = FoulsPerSide * remaining * PositionWeights.Booked.Of(player) / foulers;
                lines.AddRange(OddsPricer.TotalLines((shots, done.Shots), ShotLines, price, max, $"{player.Name} (Shots)"));
                lines.AddRange(OddsPricer.TotalLines((shots * OnTargetShare, done.ShotsOnTarget), SmallLines, price, max, $"{player.Name} (Shots On Target)"));
                lines.AddRange(OddsPricer.TotalLines((fouls, done.Fouls), SmallLines, price, max, $"{player.Name} (Fouls)"));
            }
        }
        return lines;
    }
}

using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>
/// Draws a penalty shoot-out: five kicks a side taken in turn by the players on the pitch at the end, then sudden death,
/// three kicks in four scored. It stops as soon as one side cannot catch up.
/// </summary>
internal sealed class ShootoutGenerator(Random random)
{
    private const double Scored = 0.75;
    private const int Regulation = 5;

    /// <summary>A round after which the home side's kick always goes in, so the shoot-out ends.</summary>
    private const int LastRound = 30;

    public Shootout Draw(PitchRoster roster, MatchTime end)
    {
        var takers = new[] { Side.Home, Side.Away }.ToDictionary(side => side, side => TakersInOrder(roster.OnPitch(side, end)));
        var kicks = new List<ShootoutKick>();
        for (var round = 0; ; round++)
        {
            foreach (var side in new[] { Side.Home, Side.Away })
            {
                var taker = takers[side][round % takers[side].Count];
                kicks.Add(new ShootoutKick(side, taker.Id, taker.Name, round >= LastRound ? side == Side.Home : random.Chance(Scored)));
                if (Decided(new Shootout([.. kicks]), round, side))
                {
                    return new Shootout([.. kicks]);
                }
            }
        }
    }

    /// <summary>Outfield players first, in a random order; the keeper takes a kick only once they all have.</summary>
    private List<SquadPlayer> TakersInOrder(IReadOnlyList<SquadPlayer> onPitch) =>
        [.. random.Sample(onPitch.Where(p => !p.IsGoalkeeper), onPitch.Count), .. onPitch.Where(p => p.IsGoalkeeper)];

    private static bool Decided(Shootout shootout, int round, Side lastKicker)
    {
        var score = shootout.Score;
        var homeTaken = round + 1;
        var awayTaken = lastKicker == Side.Away ? round + 1 : round;
        if (round >= Regulation)
        {
            return homeTaken == awayTaken && score.Home != score.Away;
        }
        return score.Home > score.Away + (Regulation - awayTaken) || score.Away > score.Home + (Regulation - homeTaken);
    }
}

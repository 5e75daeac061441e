using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Stats;

/// <summary>
/// Predicted lines for an upcoming fixture from both teams' averages: each side is expected to make the mean of what
/// it usually makes and what its opponent usually concedes; the match total is their sum, and the line offered is the
/// nearest half line. Players are expected to repeat their average per appearance. Results round to 2 places.
/// </summary>
public static class LinePredictor
{
    /// <summary>
    /// One line per stat and period both teams have averages for. <paramref name="home"/> and <paramref name="away"/>
    /// are each team's window averages by (period, stat).
    /// </summary>
    public static ImmutableArray<PredictedLine> Lines(
        IReadOnlyDictionary<(BetPeriod Period, Stat Stat), WindowAverage> home,
        IReadOnlyDictionary<(BetPeriod Period, Stat Stat), WindowAverage> away)
    {
        var lines = ImmutableArray.CreateBuilder<PredictedLine>();
        foreach (var period in StatsCatalog.Periods)
        {
            foreach (var stat in StatsCatalog.LineStats)
            {
                if (home.TryGetValue((period, stat), out var h) && h.Matches > 0 && away.TryGetValue((period, stat), out var a) && a.Matches > 0)
                {
                    var homeExpected = (h.For + a.Against) / 2;
                    var awayExpected = (a.For + h.Against) / 2;
                    var total = homeExpected + awayExpected;
                    lines.Add(new PredictedLine(period, stat, Round(total), HalfLine.Nearest(total),
                        Round(homeExpected), HalfLine.Nearest(homeExpected), Round(awayExpected), HalfLine.Nearest(awayExpected),
                        Math.Min(h.Matches, a.Matches)));
                }
            }
        }
        return lines.ToImmutable();
    }

    /// <summary>A player's projection for one stat from his window average, or null when he has no matches with it.</summary>
    public static PlayerProjection? Player(long playerId, string playerName, long teamId, Stat stat, WindowAverage average) =>
        average.Matches == 0
            ? null
            : new PlayerProjection(playerId, playerName, teamId, stat, Round(average.For), HalfLine.Nearest(average.For), average.Matches);

    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}

/// <summary>
/// A team line for an upcoming fixture (the <c>predicted_lines</c> document): the expected match total and each side's
/// share, each with its nearest half line; <see cref="Matches"/> is the smaller sample of the two teams.
/// </summary>
public sealed record PredictedLine(
    BetPeriod Period,
    Stat Stat,
    decimal Expected,
    decimal Line,
    decimal HomeExpected,
    decimal HomeLine,
    decimal AwayExpected,
    decimal AwayLine,
    int Matches);

/// <summary>A player's expected count for an upcoming fixture (the <c>player_projections</c> document), full time.</summary>
public sealed record PlayerProjection(long PlayerId, string PlayerName, long TeamId, Stat Stat, decimal Expected, decimal Line, int Matches);

using Proppr.Actors.Matches;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.Odds;

/// <summary>
/// Prices a replayed match for a bookmaker at an instant, from a Poisson model of the goals, corners and cards still to
/// come on top of what has happened. Before kickoff the model's rates wander a little every 20 minutes (so prices
/// drift and drop); in play the prices move with the minute and the score. Suspended at half time, deleted at full time.
/// </summary>
public static class OddsPricer
{
    private static readonly TimeSpan DriftStep = TimeSpan.FromMinutes(20);

    public static BookQuote Quote(SyntheticMatch match, Bookmaker bookmaker, DateTimeOffset now)
    {
        var moment = new MatchSchedule(match).At(now);
        var availability = moment.Phase switch
        {
            // Regulation markets are over at 90, whatever follows; an abandoned match's are void.
            MatchPhase.Finished or MatchPhase.ExtraTime or MatchPhase.PenaltyShootout or MatchPhase.Abandoned => OddsAvailability.Deleted,
            MatchPhase.HalfTime or MatchPhase.Postponed => OddsAvailability.NoMarkets,
            _ => OddsAvailability.Open,
        };
        if (availability != OddsAvailability.Open)
        {
            return new BookQuote(match.OddsEventId, bookmaker, availability, []);
        }

        var tally = MatchTally.Of(match, moment);
        var remaining = (90 - moment.MinutesPlayed) / 90.0;
        var drift = moment.Started ? 1.0 : Drift(match, now);
        var (updatedAt, home, away) = (Stamp(match, moment, now), tally.Team(Side.Home), tally.Team(Side.Away));
        var goals = new Outlook(match.Rates.Home * remaining * drift, match.Rates.Away * remaining / drift, tally.Score.Home, tally.Score.Away);
        var corners = (CornerRate(match) * remaining, home.Corners + away.Corners);
        var homeCorners = (CornerRate(match) * HomeCornerShare(match) * remaining, home.Corners);
        var awayCorners = (CornerRate(match) * (1 - HomeCornerShare(match)) * remaining, away.Corners);
        var cards = (4.2 * remaining, home.YellowCards + away.YellowCards + home.RedCards + away.RedCards);
        var goalTotal = (match.Rates.Total * remaining, tally.Score.Home + tally.Score.Away);

        var price = new Func<double, decimal>(p => Price(p, bookmaker));
        var max = bookmaker.MaxStake;
        var markets = new List<OddsMarket>
        {
            new("ML", updatedAt, [new OddsLine(null, [("home", price(goals.HomeWin)), ("draw", price(goals.Draw)), ("away", price(goals.AwayWin))], max)]),
            new("Spread", updatedAt,
            [
                new OddsLine(-0.5m, [("home", price(goals.HomeWin)), ("away", price(1 - goals.HomeWin))], max),
                new OddsLine(0.5m, [("home", price(1 - goals.AwayWin)), ("away", price(goals.AwayWin))], max),
            ]),
            new("Totals", updatedAt, [.. TotalLines(goalTotal, [1.5m, 2.5m, 3.5m], price, max)]),
            new("Corners Totals", updatedAt, [.. TotalLines(corners, [8.5m, 9.5m, 10.5m], price, max)]),
            new("Team Corners Home", updatedAt, [.. TotalLines(homeCorners, [3.5m, 4.5m, 5.5m], price, max)]),
            new("Team Corners Away", updatedAt, [.. TotalLines(awayCorners, [3.5m, 4.5m, 5.5m], price, max)]),
            new("Bookings Totals", updatedAt, [.. TotalLines(cards, [3.5m, 4.5m], price, max)]),
            new("Player Props", updatedAt, PlayerPropsPricer.Lines(match, moment, tally, remaining, price, max)),
        };
        return new BookQuote(match.OddsEventId, bookmaker, OddsAvailability.Open, [.. markets.Where(m => m.Lines.Count > 0)]);
    }

    /// <summary>
    /// Over/under lines still open (of one player's stat when <paramref name="label"/> names it): a line already passed
    /// (or out of reach) is taken down, as books do.
    /// </summary>
    internal static IEnumerable<OddsLine> TotalLines((double Mean, int Now) total, decimal[] lines, Func<double, decimal> price, int max, string? label = null) =>
        lines
            .Select(line => (line, over: OverProbability(total.Mean, (double)line - total.Now)))
            .Where(l => l.over is > 0.02 and < 0.98)
            .Select(l => new OddsLine(l.line, [("over", price(l.over)), ("under", price(1 - l.over))], max, label));

    private static double CornerRate(SyntheticMatch match) => 8.4 + (0.8 * (match.Rates.Total - 2.7));

    /// <summary>The stronger attack wins more corners, though not in proportion to its goals.</summary>
    private static double HomeCornerShare(SyntheticMatch match) => 0.5 + (0.5 * (match.Rates.Home - match.Rates.Away) / match.Rates.Total * 0.5);

    /// <summary>P(more than <paramref name="needed"/> further events), the events being Poisson with the given mean.</summary>
    private static double OverProbability(double mean, double needed)
    {
        if (needed < 0)
        {
            return 1;
        }
        var atMost = 0.0;
        for (var k = 0; k <= (int)Math.Floor(needed); k++)
        {
            atMost += Poisson(mean, k);
        }
        return 1 - atMost;
    }

    private static double Poisson(double mean, int k)
    {
        var p = Math.Exp(-mean);
        for (var i = 1; i <= k; i++)
        {
            p *= mean / i;
        }
        return p;
    }

    /// <summary>Decimal odds with the bookmaker's margin, kept between 1.01 and 51.</summary>
    private static decimal Price(double probability, Bookmaker bookmaker)
    {
        var fair = 1.0 / Math.Max(probability * (1 + (double)bookmaker.Margin), 1.0 / 51);
        return Math.Round((decimal)Math.Max(1.01, fair), bookmaker.Decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>A stable wobble of the pre-match rates, new every <see cref="DriftStep"/> of match-day time.</summary>
    private static double Drift(SyntheticMatch match, DateTimeOffset now)
    {
        var step = (long)Math.Floor((now - match.Kickoff.AddHours(-12)) / DriftStep);
        var random = new Random(unchecked((int)(match.OddsEventId * 31) + (int)step));
        return 0.94 + (random.NextDouble() * 0.12);
    }

    /// <summary>When the prices were set: the start of the drift step before kickoff, the match minute in play.</summary>
    private static DateTimeOffset Stamp(SyntheticMatch match, MatchMoment moment, DateTimeOffset now)
    {
        if (!moment.Started)
        {
            var origin = match.Kickoff.AddHours(-12);
            return origin + (DriftStep * Math.Floor((now - origin) / DriftStep));
        }
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
    }

    /// <summary>Result probabilities from the goals still to come on top of the score.</summary>
    private sealed class Outlook
    {
        public Outlook(double homeMean, double awayMean, int home, int away)
        {
            for (var h = 0; h <= 10; h++)
            {
                for (var a = 0; a <= 10; a++)
                {
                    var p = Poisson(homeMean, h) * Poisson(awayMean, a);
                    var margin = (home + h) - (away + a);
                    if (margin > 0)
                    {
                        HomeWin += p;
                    }
                    else if (margin < 0)
                    {
                        AwayWin += p;
                    }
                    else
                    {
                        Draw += p;
                    }
                }
            }
        }

        public double HomeWin { get; }
        public double Draw { get; }
        public double AwayWin { get; }
    }
}

using System.Globalization;
using Proppr.Actors.Betting;
using Proppr.Replay.Generation;
using Proppr.Replay.Odds;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.Bets;

/// <summary>
/// Generates a seeded book of bets over a match day, as the demo feeds them: every market of the contract on the match,
/// on each team and on players (starters, substitutes who may never come on, absentees, under either participation
/// rule), on the full time and on each half, struck before kickoff or in play (stoppage time included), so that wins,
/// losses, pushes, half results and voids all happen. Prices come from the replayed bookmaker where it quotes the line.
/// </summary>
public static class BetGenerator
{
    private static readonly Bookmaker PriceSource = Bookmaker.Defaults[0];

    public static IReadOnlyList<Bet> Generate(MatchDay day, BetGeneratorOptions options)
    {
        var random = new Random(options.Seed);
        return Enumerable.Range(1, options.Count)
            .Select(number => One(random, day, options, number))
            .OrderBy(b => b.PlacedAt)
            .ThenBy(b => b.BetId, StringComparer.Ordinal)
            .ToList();
    }

    private static Bet One(Random random, MatchDay day, BetGeneratorOptions options, int number)
    {
        var match = random.Pick(day.Matches);
        var placedAt = PlacedAt(random, match, options);
        var bet = random.Chance(options.PlayerPropShare) ? PlayerProp(random, match, placedAt) : MatchMarket(random, match, placedAt);
        var oddsIdOnly = random.Chance(options.OddsIdOnlyShare);
        return bet with
        {
            BetId = string.Create(CultureInfo.InvariantCulture, $"b-{options.Seed}-{number:00000}"),
            FixtureId = oddsIdOnly ? null : match.MatchId,
            OddsEventId = oddsIdOnly ? match.OddsEventId.ToString(CultureInfo.InvariantCulture) : null,
            // A bet that came through the odds provider names the teams the provider's way.
            HomeTeam = oddsIdOnly ? OddsTeamNames.Of(match.Home.Name) : match.Home.Name,
            AwayTeam = oddsIdOnly ? OddsTeamNames.Of(match.Away.Name) : match.Away.Name,
            Kickoff = match.Kickoff,
            Stake = Stake(random),
            Source = random.Pick(options.Sources),
            // A few accounts place most bets, as in a real book.
            Client = string.Create(CultureInfo.InvariantCulture, $"client-{1 + (int)(options.Clients * Math.Pow(random.NextDouble(), 2)):000}"),
            // A bet on a half is struck before that half is over.
            PlacedAt = bet.Period == BetPeriod.FirstHalf && placedAt >= new MatchSchedule(match).FirstHalfEnd ? match.Kickoff.AddMinutes(-30) : placedAt,
        };
    }

    /// <summary>
    /// Mostly before kickoff; in play at a minute of either half (never in the break), now and then in the stoppage time
    /// of a half, when late bets are struck on what is left of it.
    /// </summary>
    private static DateTimeOffset PlacedAt(Random random, SyntheticMatch match, BetGeneratorOptions options)
    {
        if (match.Postponed || !random.Chance(options.InPlayShare))
        {
            return match.Kickoff.AddMinutes(-random.Next(5, 361));
        }
        var schedule = new MatchSchedule(match);
        if (random.Chance(options.AddedTimeShare))
        {
            var firstHalf = random.Chance(0.4);
            var added = random.Next(1, (firstHalf ? match.Facts.FirstHalfAdded : match.Facts.SecondHalfAdded) + 1);
            return firstHalf ? schedule.Kickoff.AddMinutes(45 + added - 0.5) : schedule.SecondHalfStart.AddMinutes(45 + added - 0.5);
        }
        var minute = random.Next(1, 86);
        var at = minute <= 45 ? schedule.Kickoff.AddMinutes(minute - 0.5) : schedule.SecondHalfStart.AddMinutes(minute - 45.5);
        // Nobody takes a bet on a match after it was stopped for good: such a bet is struck in the minute before.
        return at < schedule.End ? at : schedule.End.AddMinutes(-1);
    }

    private static Bet MatchMarket(Random random, SyntheticMatch match, DateTimeOffset at)
    {
        var roll = random.NextDouble();
        if (roll < 0.22)
        {
            var line = random.Pick([0.5m, 1.5m, 2.5m, 2.5m, 2.5m, 3.5m, 4.5m, 2.25m, 2.75m, 3.0m]);
            return OverUnder(random, match, at, BetScope.Match, Market.Goals, line, "Totals");
        }
        if (roll < 0.34)
        {
            var selection = random.Pick([Selection.Home, Selection.Draw, Selection.Away]);
            var key = selection.ToString().ToLowerInvariant();
            return New(BetScope.Match, Market.MatchResult, selection, null, Quoted(match, at, "ML", null, key) ?? random.Decimal(2.0, 4.5, 2));
        }
        if (roll < 0.46)
        {
            var selection = random.Chance(0.5) ? Selection.Home : Selection.Away;
            var line = random.Pick([-1.5m, -1.25m, -1.0m, -0.75m, -0.5m, -0.25m, 0m, 0.25m, 0.5m, 0.75m, 1.0m, 1.5m]);
            var hdp = selection == Selection.Home ? line : -line;
            var price = Quoted(match, at, "Spread", hdp, selection.ToString().ToLowerInvariant()) ?? random.Decimal(1.7, 2.3, 2);
            return New(BetScope.Match, Market.AsianHandicap, selection, line, price);
        }
        if (roll < 0.54)
        {
            return New(BetScope.Match, Market.BothTeamsToScore, random.Chance(0.6) ? Selection.Yes : Selection.No, null, random.Decimal(1.6, 2.2, 2));
        }
        if (roll < 0.66)
        {
            var line = random.Pick([8.5m, 9.5m, 9.5m, 10.5m, 11.5m, 10.0m]);
            return OverUnder(random, match, at, BetScope.Match, Market.Corners, line, "Corners Totals");
        }
        if (roll < 0.74)
        {
            return OverUnder(random, match, at, BetScope.Match, Market.YellowCards, random.Pick([2.5m, 3.5m, 4.5m, 4.0m]), null);
        }
        if (roll < 0.77)
        {
            return OverUnder(random, match, at, random.Pick(AnyScope), Market.RedCards, 0.5m, null);
        }
        if (roll < 0.84)
        {
            var scope = random.Chance(0.5) ? BetScope.Home : BetScope.Away;
            var (market, line) = random.Pick(TeamCounts);
            return OverUnder(random, match, at, scope, market, line, null);
        }
        return HalfMarket(random, match, at) with { Period = random.Chance(0.6) ? BetPeriod.FirstHalf : BetPeriod.SecondHalf };
    }

    private static readonly BetScope[] AnyScope = [BetScope.Match, BetScope.Home, BetScope.Away];

    /// <summary>Team counts with lines around each stat's usual figure.</summary>
    private static readonly (Market Market, decimal Line)[] TeamCounts =
    [
        (Market.Goals, 0.5m), (Market.Goals, 1.5m), (Market.Corners, 4.5m), (Market.YellowCards, 1.5m), (Market.Shots, 11.5m),
        (Market.ShotsOnTarget, 3.5m), (Market.Fouls, 10.5m), (Market.Offsides, 1.5m),
    ];

    /// <summary>A market on one half: goals, corners, cards, the result, a handicap or both teams to score.</summary>
    private static Bet HalfMarket(Random random, SyntheticMatch match, DateTimeOffset at) => random.Next(6) switch
    {
        0 => OverUnder(random, match, at, BetScope.Match, Market.Goals, random.Pick([0.5m, 1.5m]), null),
        1 => OverUnder(random, match, at, random.Pick(AnyScope), Market.Corners, random.Pick([2.5m, 4.5m, 5.0m]), null),
        2 => OverUnder(random, match, at, random.Pick(AnyScope), Market.YellowCards, random.Pick([0.5m, 1.5m, 2.0m]), null),
        3 => New(BetScope.Match, Market.MatchResult, random.Pick([Selection.Home, Selection.Draw, Selection.Away]), null, random.Decimal(2.0, 4.5, 2)),
        4 => New(BetScope.Match, Market.AsianHandicap, random.Chance(0.5) ? Selection.Home : Selection.Away,
            random.Pick([-0.5m, -0.25m, 0m, 0.25m, 0.5m]), random.Decimal(1.7, 2.3, 2)),
        _ => New(BetScope.Match, Market.BothTeamsToScore, random.Chance(0.3) ? Selection.Yes : Selection.No, null, random.Decimal(1.6, 3.5, 2)),
    };

    /// <summary>A prop on one squad member: usually a starter, sometimes a substitute, now and then an absentee.</summary>
    private static Bet PlayerProp(Random random, SyntheticMatch match, DateTimeOffset at)
    {
        var team = random.Chance(0.5) ? match.Home : match.Away;
        var roll = random.NextDouble();
        var role = roll < 0.75 ? SquadRole.Starter : roll < 0.95 ? SquadRole.Substitute : SquadRole.Unavailable;
        var player = random.Pick(team.Squad.Where(p => p.Role == role && !p.IsGoalkeeper).ToList());
        var market = random.NextDouble() switch
        {
            < 0.22 => Market.AnytimeGoalscorer,
            < 0.28 => Market.FirstGoalscorer,
            < 0.44 => Market.Shots,
            < 0.58 => Market.ShotsOnTarget,
            < 0.68 => Market.Fouls,
            < 0.74 => Market.Assists,
            < 0.79 => Market.YellowCards,
            < 0.81 => Market.RedCards,
            < 0.85 => Market.Offsides,
            < 0.90 => Market.Tackles,
            < 0.95 => Market.Interceptions,
            _ => Market.Passes,
        };
        var bet = market is Market.AnytimeGoalscorer or Market.FirstGoalscorer
            ? New(BetScope.Player, market, Selection.Yes, null, GoalscorerPrice(random, player) * (market == Market.FirstGoalscorer ? 2 : 1))
            : OverUnder(random, match, at, BetScope.Player, market, PropLine(random, market), null);
        return bet with
        {
            // Some bets name the player only, as the odds provider spells him (no accents), to exercise matching by name.
            PlayerId = random.Chance(0.95) ? player.Id : null,
            PlayerName = random.Chance(0.5) ? player.Name : PlayerNames.WithoutAccents(player.Name),
            VoidRule = random.Chance(0.2) ? VoidRule.Appearance : null,
        };
    }

    private static decimal PropLine(Random random, Market market) => market switch
    {
        Market.Assists or Market.YellowCards or Market.RedCards or Market.Offsides => 0.5m,
        Market.Passes => random.Pick([19.5m, 29.5m, 39.5m, 49.5m]),
        Market.Tackles or Market.Interceptions => random.Pick([0.5m, 1.5m, 2.5m]),
        _ => random.Pick([0.5m, 0.5m, 1.5m, 2.5m]),
    };

    private static Bet OverUnder(Random random, SyntheticMatch match, DateTimeOffset at, BetScope scope, Market market, decimal line, string? quotedMarket)
    {
        var selection = random.Chance(0.65) ? Selection.Over : Selection.Under;
        var key = selection == Selection.Over ? "over" : "under";
        var price = (quotedMarket is null ? null : Quoted(match, at, quotedMarket, line, key)) ?? random.Decimal(1.55, 2.6, 2);
        return New(scope, market, selection, line, price);
    }

    /// <summary>The replayed bookmaker's price for the exact line at that moment, when it quotes it.</summary>
    private static decimal? Quoted(SyntheticMatch match, DateTimeOffset at, string market, decimal? hdp, string selection) =>
        OddsPricer.Quote(match, PriceSource, at).Markets
            .Where(m => m.Name == market)
            .SelectMany(m => m.Lines)
            .Where(l => l.Hdp == hdp)
            .SelectMany(l => l.Prices)
            .Where(p => p.Selection == selection)
            .Select(p => (decimal?)p.Price)
            .FirstOrDefault();

    private static decimal GoalscorerPrice(Random random, SquadPlayer player) => player.Position switch
    {
        Position.Forward => random.Decimal(2.0, 3.6, 2),
        Position.Midfielder => random.Decimal(3.5, 6.5, 2),
        _ => random.Decimal(7, 13, 1),
    };

    /// <summary>Mostly small round stakes, some mid-sized, a few large ones for the risk screens.</summary>
    private static decimal Stake(Random random) => random.NextDouble() switch
    {
        < 0.70 => random.Pick([5m, 10m, 10m, 20m, 25m, 50m, 50m, 100m]),
        < 0.95 => random.Pick([150m, 200m, 250m, 300m, 500m, 750m]),
        _ => random.Pick([1000m, 1500m, 2500m, 5000m]),
    };

    private static Bet New(BetScope scope, Market market, Selection selection, decimal? line, decimal odds) => new()
    {
        BetId = "",
        Scope = scope,
        Market = market,
        Selection = selection,
        Line = line is { } value ? Line.Of(value) : null,
        Odds = odds,
        Stake = 0m,
    };
}

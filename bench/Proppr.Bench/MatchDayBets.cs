using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;

namespace Proppr.Bench;

/// <summary>
/// A day's book on one fixture: match markets over several lines and periods (decided in play, at half time or at
/// full time) and player props on the lineup's players, so every kind of grading happens and all is decided by the end.
/// </summary>
public static class MatchDayBets
{
    private static readonly decimal[] GoalLines = [0.5m, 1.5m, 2.5m, 3.5m, 4.5m, 2.25m, 2.75m];
    private static readonly decimal[] CornerLines = [7.5m, 8.5m, 9.5m, 10.5m, 11.5m, 12.5m];
    private static readonly decimal[] HandicapLines = [-1.5m, -0.75m, -0.5m, -0.25m, 0m, 0.25m, 0.5m, 1m];
    private static readonly decimal[] PropLines = [0.5m, 1.5m, 2.5m];
    private static readonly Selection[] Results = [Selection.Home, Selection.Draw, Selection.Away];
    private static readonly Market[] PropMarkets = [Market.Shots, Market.ShotsOnTarget, Market.Fouls, Market.Passes, Market.Tackles];

    public static ImmutableArray<Bet> For(long fixtureId, int count, Lineup lineup)
    {
        var players = lineup.Players.Where(p => p.Role is PlayerRole.Starter or PlayerRole.SubstituteUsed or PlayerRole.SubstituteUnused).ToArray();
        return [.. Enumerable.Range(0, count).Select(i => One(fixtureId, i, players))];
    }

    private static Bet One(long fixtureId, int i, MatchPlayer[] players)
    {
        var bet = (i % 10) switch
        {
            0 or 1 => Match(Market.Goals, OverOrUnder(i), Pick(GoalLines, i)),
            2 => Match(Market.Goals, OverOrUnder(i), 0.5m) with { Period = i % 20 < 10 ? BetPeriod.FirstHalf : BetPeriod.SecondHalf },
            3 => Match(Market.Corners, OverOrUnder(i), Pick(CornerLines, i)),
            4 => Match(Market.YellowCards, OverOrUnder(i), 3.5m),
            5 => Match(Market.MatchResult, Pick(Results, i / 10), null),
            6 => Match(Market.AsianHandicap, i % 20 < 10 ? Selection.Home : Selection.Away, Pick(HandicapLines, i)),
            7 => Match(Market.BothTeamsToScore, i % 20 < 10 ? Selection.Yes : Selection.No, null),
            _ => Player(Pick(players, i), Pick(PropMarkets, i / 10), Pick(PropLines, i / 3)),
        };
        return bet with
        {
            BetId = $"md{fixtureId}-{i}",
            FixtureId = fixtureId,
            Odds = 1.5m + i % 7 * 0.1m,
            Stake = 10m + i % 5 * 5m,
            Source = "bench",
            Client = $"client-{i % 40}",
        };
    }

    private static Selection OverOrUnder(int i) => i % 3 == 0 ? Selection.Under : Selection.Over;

    private static T Pick<T>(T[] values, int i) => values[i % values.Length];

    /// <summary>A 10-unit match bet with no id yet: the base every bench bet is made from.</summary>
    public static Bet Match(Market market, Selection selection, decimal? line) => new()
    {
        BetId = "",
        Scope = BetScope.Match,
        Market = market,
        Selection = selection,
        Line = line is { } value ? Line.Of(value) : null,
        Odds = 2m,
        Stake = 10m,
    };

    private static Bet Player(MatchPlayer player, Market market, decimal line) => Match(market, Selection.Over, line) with
    {
        Scope = BetScope.Player,
        PlayerId = player.Id,
        PlayerName = player.Name,
    };
}

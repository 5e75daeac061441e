using System.Collections.Immutable;
using Proppr.Actors.Betting;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// Bets on FotMob match 4506508, Liverpool 2-2 Manchester United (5 January 2025): 0-0 at half time, goals at 52',
/// 59', 70' and 80', 15 corners, Casemiro an unused substitute. Each is decided at a different moment of the match.
/// </summary>
internal static class ScenarioBets
{
    public const long FixtureId = 4506508;

    public static Bet Match(string id, Market market, Selection selection, decimal? line, decimal odds, BetPeriod period = BetPeriod.FullTime) => new()
    {
        BetId = id,
        FixtureId = FixtureId,
        Scope = BetScope.Match,
        Market = market,
        Period = period,
        Selection = selection,
        Line = line is { } value ? Line.Of(value) : null,
        Odds = odds,
        Stake = 10m,
        Source = "scenario",
        Client = "acc-1",
    };

    public static Bet Player(string id, long playerId, string name, Market market, decimal line) => new()
    {
        BetId = id,
        FixtureId = FixtureId,
        Scope = BetScope.Player,
        PlayerId = playerId,
        PlayerName = name,
        Market = market,
        Selection = Selection.Over,
        Line = Line.Of(line),
        Odds = 1.8m,
        Stake = 10m,
        Source = "scenario",
        Client = "acc-2",
    };

    /// <summary>Won once the third goal goes in (70').</summary>
    public static readonly Bet OverTwoAndAHalfGoals = Match("over-goals-2.5", Market.Goals, Selection.Over, 2.5m, 1.9m);

    /// <summary>Never won before the end; won at full time with four goals.</summary>
    public static readonly Bet UnderFourAndAHalfGoals = Match("under-goals-4.5", Market.Goals, Selection.Under, 4.5m, 1.8m);

    /// <summary>Lost as soon as the second goal goes in (59').</summary>
    public static readonly Bet UnderOneAndAHalfGoals = Match("under-goals-1.5", Market.Goals, Selection.Under, 1.5m, 2.4m);

    /// <summary>Won at half time (0-0), not before.</summary>
    public static readonly Bet FirstHalfDraw = Match("fh-draw", Market.MatchResult, Selection.Draw, null, 2.2m, BetPeriod.FirstHalf);

    /// <summary>Lost at full time (2-2).</summary>
    public static readonly Bet HomeMinusAHalf = Match("ah-home--0.5", Market.AsianHandicap, Selection.Home, -0.5m, 1.7m);

    /// <summary>Lost at full time on 15 corners, won after a correction to 16.</summary>
    public static readonly Bet OverFifteenAndAHalfCorners = Match("corners-over-15.5", Market.Corners, Selection.Over, 15.5m, 2.0m);

    /// <summary>Void at kickoff: an unused substitute under the starter rule.</summary>
    public static readonly Bet CasemiroFouls = Player("casemiro-fouls", 208494, "Casemiro", Market.Fouls, 0.5m);

    /// <summary>Void at kickoff: nobody of that name or id is in either squad.</summary>
    public static readonly Bet UnknownPlayerShots = Player("unknown-shots", 999_999_999, "Nobody Atall", Market.Shots, 0.5m);

    public static readonly ImmutableArray<Bet> All =
    [
        OverTwoAndAHalfGoals, UnderFourAndAHalfGoals, UnderOneAndAHalfGoals, FirstHalfDraw,
        HomeMinusAHalf, OverFifteenAndAHalfCorners, CasemiroFouls, UnknownPlayerShots,
    ];
}

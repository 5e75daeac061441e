using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Stats;

/// <summary>
/// What the stats pipeline averages, over which stretches, and the names it stores and shows them by. Periods are the
/// bets' periods: regulation time and its halves, counted as the settlement rules count them.
/// </summary>
public static class StatsCatalog
{
    public static readonly ImmutableArray<Stat> TeamStats =
        [Stat.Goals, Stat.Corners, Stat.YellowCards, Stat.RedCards, Stat.Shots, Stat.ShotsOnTarget, Stat.Fouls, Stat.ExpectedGoals];

    public static readonly ImmutableArray<Stat> PlayerStats =
    [
        Stat.Goals, Stat.Assists, Stat.Shots, Stat.ShotsOnTarget, Stat.ExpectedGoals, Stat.Fouls, Stat.YellowCards,
        Stat.Tackles, Stat.Interceptions, Stat.Passes, Stat.MinutesPlayed, Stat.ExpectedAssists, Stat.KeyPasses, Stat.Dribbles,
    ];

    public static readonly ImmutableArray<BetPeriod> Periods = [BetPeriod.FullTime, BetPeriod.FirstHalf, BetPeriod.SecondHalf];

    /// <summary>Team counts a bookmaker prices over/under lines on: the predicted lines.</summary>
    public static readonly ImmutableArray<Stat> LineStats = [Stat.Goals, Stat.Corners, Stat.YellowCards, Stat.Shots, Stat.ShotsOnTarget, Stat.Fouls];

    /// <summary>Player counts projected for an upcoming fixture.</summary>
    public static readonly ImmutableArray<Stat> ProjectedPlayerStats = [Stat.Shots, Stat.ShotsOnTarget, Stat.Goals, Stat.Assists, Stat.Tackles, Stat.Fouls];

    public static readonly WireNameTable<Stat> StatNames = new(
        (Stat.Goals, "goals"), (Stat.Assists, "assists"), (Stat.Corners, "corners"), (Stat.YellowCards, "yellow_cards"),
        (Stat.RedCards, "red_cards"), (Stat.Shots, "shots"), (Stat.ShotsOnTarget, "shots_on_target"), (Stat.Fouls, "fouls"),
        (Stat.Offsides, "offsides"), (Stat.Tackles, "tackles"), (Stat.Interceptions, "interceptions"), (Stat.Passes, "passes"),
        (Stat.MinutesPlayed, "minutes_played"), (Stat.ExpectedGoals, "expected_goals"), (Stat.Possession, "possession"),
        (Stat.Saves, "saves"), (Stat.ExpectedAssists, "expected_assists"), (Stat.KeyPasses, "key_passes"), (Stat.Dribbles, "dribbles"));

    public static WireNameTable<BetPeriod> PeriodNames => WireNames.Periods;
}

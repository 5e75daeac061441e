namespace Proppr.Replay.Timeline;

/// <summary>
/// Counting stats of one player, or of one side (the sum of its players), over a stretch of a match. Passes, tackles,
/// interceptions and touches come from the players' per-90 rates; everything else is counted from the facts.
/// </summary>
public sealed record StatLine
{
    public static readonly StatLine Zero = new();

    public int Minutes { get; init; }
    public int Goals { get; init; }
    public int Assists { get; init; }
    public int Shots { get; init; }
    public int ShotsOnTarget { get; init; }
    public int ShotsOffTarget { get; init; }
    public int BlockedShots { get; init; }
    public decimal ExpectedGoals { get; init; }
    public int BigChances { get; init; }
    public int Corners { get; init; }
    public int Fouls { get; init; }
    public int WasFouled { get; init; }
    public int Offsides { get; init; }
    public int YellowCards { get; init; }
    public int RedCards { get; init; }
    public int Passes { get; init; }
    public int AccuratePasses { get; init; }
    public int Tackles { get; init; }
    public int Interceptions { get; init; }
    public int Touches { get; init; }
    public int Saves { get; init; }
    public int GoalsConceded { get; init; }

    public StatLine Plus(StatLine other) => new()
    {
        Minutes = Minutes + other.Minutes,
        Goals = Goals + other.Goals,
        Assists = Assists + other.Assists,
        Shots = Shots + other.Shots,
        ShotsOnTarget = ShotsOnTarget + other.ShotsOnTarget,
        ShotsOffTarget = ShotsOffTarget + other.ShotsOffTarget,
        BlockedShots = BlockedShots + other.BlockedShots,
        ExpectedGoals = ExpectedGoals + other.ExpectedGoals,
        BigChances = BigChances + other.BigChances,
        Corners = Corners + other.Corners,
        Fouls = Fouls + other.Fouls,
        WasFouled = WasFouled + other.WasFouled,
        Offsides = Offsides + other.Offsides,
        YellowCards = YellowCards + other.YellowCards,
        RedCards = RedCards + other.RedCards,
        Passes = Passes + other.Passes,
        AccuratePasses = AccuratePasses + other.AccuratePasses,
        Tackles = Tackles + other.Tackles,
        Interceptions = Interceptions + other.Interceptions,
        Touches = Touches + other.Touches,
        Saves = Saves + other.Saves,
        GoalsConceded = GoalsConceded + other.GoalsConceded,
    };

    public static StatLine Sum(IEnumerable<StatLine> lines) => lines.Aggregate(Zero, (sum, line) => sum.Plus(line));
}

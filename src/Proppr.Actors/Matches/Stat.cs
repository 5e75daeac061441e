namespace Proppr.Actors.Matches;

/// <summary>The countable facts Proppr reads from a match, for teams and players alike (not every stat exists for both).</summary>
public enum Stat
{
    Goals,
    Assists,
    Corners,
    YellowCards,
    RedCards,
    Shots,
    ShotsOnTarget,
    Fouls,
    Offsides,
    Tackles,
    Interceptions,
    /// <summary>Accurate (completed) passes.</summary>
    Passes,
    MinutesPlayed,
    ExpectedGoals,
    Possession,
    Saves,
}

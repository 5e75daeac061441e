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
    /// <summary>Expected assists (xA), a player's.</summary>
    ExpectedAssists,
    /// <summary>Passes that led to a shot: FotMob's "chances created".</summary>
    KeyPasses,
    /// <summary>Successful dribbles.</summary>
    Dribbles,
}

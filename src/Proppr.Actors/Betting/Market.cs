namespace Proppr.Actors.Betting;

/// <summary>Every market of the contract (<c>spec/bets.md</c>). Count markets take over/under and a line.</summary>
public enum Market
{
    Goals,
    Corners,
    YellowCards,
    RedCards,
    Shots,
    ShotsOnTarget,
    Fouls,
    Offsides,
    Assists,
    Tackles,
    Interceptions,
    Passes,
    AnytimeGoalscorer,
    FirstGoalscorer,
    MatchResult,
    AsianHandicap,
    BothTeamsToScore,
}

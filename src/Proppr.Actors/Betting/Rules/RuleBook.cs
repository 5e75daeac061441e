namespace Proppr.Actors.Betting;

/// <summary>Which rule decides a bet: one per market family, counts split by whose count it is.</summary>
internal sealed class RuleBook(SettlementPolicy policy)
{
    private readonly IMarketRule _teamCount = new TeamCountRule();
    private readonly IMarketRule _playerCount = new PlayerCountRule(policy);
    private readonly IMarketRule _matchResult = new MatchResultRule();
    private readonly IMarketRule _asianHandicap = new AsianHandicapRule();
    private readonly IMarketRule _bothTeamsToScore = new BothTeamsToScoreRule();
    private readonly IMarketRule _anytimeGoalscorer = new AnytimeGoalscorerRule();
    private readonly IMarketRule _firstGoalscorer = new FirstGoalscorerRule();

    public IMarketRule For(Bet bet) => bet.Market switch
    {
        Market.MatchResult => _matchResult,
        Market.AsianHandicap => _asianHandicap,
        Market.BothTeamsToScore => _bothTeamsToScore,
        Market.AnytimeGoalscorer => _anytimeGoalscorer,
        Market.FirstGoalscorer => _firstGoalscorer,
        _ => bet.Scope == BetScope.Player ? _playerCount : _teamCount,
    };
}

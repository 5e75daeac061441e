using System.Collections.Frozen;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// What a market accepts (<c>spec/bets.md</c>): whose stat, which selections, whether it takes a line, and for count
/// markets the stat counted. The validator checks bets against it and the rule book picks rules by it.
/// </summary>
internal sealed record MarketShape(
    FrozenSet<BetScope> Scopes,
    FrozenSet<Selection> Selections,
    bool TakesLine,
    Stat? CountedStat = null)
{
    private static readonly FrozenSet<BetScope> AnyScope = Enum.GetValues<BetScope>().ToFrozenSet();
    private static readonly FrozenSet<BetScope> PlayerOnly = [BetScope.Player];
    private static readonly FrozenSet<BetScope> MatchOnly = [BetScope.Match];
    private static readonly FrozenSet<Selection> OverUnder = [Selection.Over, Selection.Under];

    /// <summary>A count market: over/under a line; totals cannot be negative.</summary>
    public bool IsCount => CountedStat is not null;

    public static MarketShape Of(Market market) => market switch
    {
        Market.Goals => Count(AnyScope, Stat.Goals),
        Market.Corners => Count(AnyScope, Stat.Corners),
        Market.YellowCards => Count(AnyScope, Stat.YellowCards),
        Market.RedCards => Count(AnyScope, Stat.RedCards),
        Market.Shots => Count(AnyScope, Stat.Shots),
        Market.ShotsOnTarget => Count(AnyScope, Stat.ShotsOnTarget),
        Market.Fouls => Count(AnyScope, Stat.Fouls),
        Market.Offsides => Count(AnyScope, Stat.Offsides),
        Market.Assists => Count(PlayerOnly, Stat.Assists),
        Market.Tackles => Count(PlayerOnly, Stat.Tackles),
        Market.Interceptions => Count(PlayerOnly, Stat.Interceptions),
        Market.Passes => Count(PlayerOnly, Stat.Passes),
        Market.AnytimeGoalscorer or Market.FirstGoalscorer => new(PlayerOnly, [Selection.Yes], TakesLine: false),
        Market.MatchResult => new(MatchOnly, [Selection.Home, Selection.Draw, Selection.Away], TakesLine: false),
        Market.AsianHandicap => new(MatchOnly, [Selection.Home, Selection.Away], TakesLine: true),
        Market.BothTeamsToScore => new(MatchOnly, [Selection.Yes, Selection.No], TakesLine: false),
        _ => throw new ArgumentOutOfRangeException(nameof(market), market, "no shape for this market"),
    };

    private static MarketShape Count(FrozenSet<BetScope> scopes, Stat stat) => new(scopes, OverUnder, TakesLine: true, stat);
}

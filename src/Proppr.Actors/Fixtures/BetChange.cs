using Proppr.Actors.Betting;
using Proppr.Actors.Odds.Books;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// One thing a bet event did to one bet: the closed set every consumer of bet events switches over
/// (<see cref="IBetEvent"/>). Not persisted itself: the events carry the bets, settlements and closing lines.
/// </summary>
public abstract record BetChange
{
    private protected BetChange()
    {
    }

    public abstract string BetId { get; }
}

/// <summary>The bet is tracked on its fixture.</summary>
public sealed record BetTrackedChange(Bet Bet) : BetChange
{
    public override string BetId => Bet.BetId;
}

/// <summary>
/// A decision: the bet's first (<paramref name="Resettled"/> false) or one that replaces an earlier one after a stat
/// correction, naming it in <see cref="Settlement.ResettledFrom"/>.
/// </summary>
public sealed record SettlementChange(Settlement Settlement, bool Resettled) : BetChange
{
    public override string BetId => Settlement.BetId;
}

/// <summary>
/// The bet left its fixture for <paramref name="ToFixtureId"/>, the match its fixture's id turned out to mean
/// (<see cref="BetsMoved"/>): that fixture decides it from now on. <paramref name="Reason"/> is a <see cref="MoveReasons"/> code.
/// </summary>
public sealed record BetMovedChange(string MovedBetId, long ToFixtureId, string Reason, DateTimeOffset At) : BetChange
{
    public override string BetId => MovedBetId;
}

/// <summary>The bet's closing line, fixed once after kickoff.</summary>
public sealed record ClosingLineChange(ClosingLine Line) : BetChange
{
    public override string BetId => Line.BetId;
}

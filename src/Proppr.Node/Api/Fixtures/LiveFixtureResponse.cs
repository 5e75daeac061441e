using Proppr.Actors.Fixtures;
using Proppr.Actors.Odds.Books;

namespace Proppr.Node.Api.Fixtures;

/// <summary>
/// A fixture with open bets as the monitor lists it: its headline, its open bets, and those of them the market has
/// since moved against (<see cref="DropAgainstBet"/>; empty when the odds feed has no book for it), and when its match
/// data last arrived (market time) and why it was asked for: its schedule, or odds that told of an event.
/// </summary>
public sealed record LiveFixtureResponse : FixtureHeadline
{
    private LiveFixtureResponse(FixtureView view, BetView[] open, FixtureOddsView? odds) : base(view)
    {
        OpenBets = open.Length;
        RefreshedAt = view.RefreshedAt;
        RefreshedBecause = view.RefreshedBecause;
        OpenBetIds = [.. open.Select(bet => bet.Bet.BetId)];
        DropsAgainst = odds is null ? [] : [.. open.Select(bet => DropAgainstBet.Find(bet.Bet, odds.Drops)).OfType<DropAgainstBet>()];
    }

    public int OpenBets { get; }
    public IReadOnlyList<string> OpenBetIds { get; }
    public IReadOnlyList<DropAgainstBet> DropsAgainst { get; }
    public DateTimeOffset? RefreshedAt { get; }
    public string? RefreshedBecause { get; }

    public static LiveFixtureResponse From(FixtureView view, FixtureOddsView? odds) =>
        new(view, [.. view.Bets.Where(FixtureResponse.IsOpen)], odds);
}

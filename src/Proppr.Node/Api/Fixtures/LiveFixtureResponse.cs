using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Odds.Books;

namespace Proppr.Node.Api.Fixtures;

/// <summary>
/// A fixture with open bets as the monitor lists it: match state, clock, score, its open bets, and those of them the
/// market has since moved against (<see cref="DropAgainstBet"/>; empty when the odds feed has no book for it).
/// </summary>
public sealed record LiveFixtureResponse(
    long FixtureId,
    string? Status,
    string? Clock,
    ScoreResponse Score,
    string? Home,
    string? Away,
    DateTimeOffset? Kickoff,
    int OpenBets,
    IReadOnlyList<string> OpenBetIds,
    IReadOnlyList<DropAgainstBet> DropsAgainst)
{
    public static LiveFixtureResponse From(FixtureView view, FixtureOddsView? odds)
    {
        var open = view.Bets.Where(FixtureResponse.IsOpen).ToArray();
        return new LiveFixtureResponse(
            view.FixtureId,
            view.Status is { } status ? WireNames.FixtureStates.NameOf(status) : null,
            view.Clock?.ToString(),
            new ScoreResponse(view.Score.Home, view.Score.Away),
            view.Home,
            view.Away,
            view.Kickoff,
            open.Length,
            [.. open.Select(bet => bet.Bet.BetId)],
            odds is null ? [] : [.. open.Select(bet => DropAgainstBet.Find(bet.Bet, odds.Drops)).OfType<DropAgainstBet>()]);
    }
}

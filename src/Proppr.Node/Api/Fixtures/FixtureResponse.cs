using System.Text.Json.Nodes;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Fixtures;

namespace Proppr.Node.Api.Fixtures;

/// <summary>
/// A fixture as its actor holds it now: match state, clock, score, teams, its bets, open and settled, how many
/// post-full-time correction checks it has made (the first at FT+30m by default), and its book.
/// </summary>
public sealed record FixtureResponse(
    long FixtureId,
    string? Status,
    string? Clock,
    ScoreResponse Score,
    string? Home,
    string? Away,
    DateTimeOffset? Kickoff,
    IReadOnlyList<FixtureBet> OpenBets,
    IReadOnlyList<FixtureBet> SettledBets,
    int CorrectionChecksDone,
    BookSummary? Book)
{
    public static FixtureResponse From(FixtureView view, FixtureOddsView odds)
    {
        return new FixtureResponse(
            view.FixtureId,
            view.Status is { } status ? WireNames.FixtureStates.NameOf(status) : null,
            view.Clock?.ToString(),
            new ScoreResponse(view.Score.Home, view.Score.Away),
            view.Home,
            view.Away,
            view.Kickoff,
            [.. view.Bets.Where(IsOpen).Select(FixtureBet.From)],
            [.. view.Bets.Where(b => !IsOpen(b)).Select(FixtureBet.From)],
            view.CorrectionChecksDone,
            BookSummary.From(odds));
    }

    /// <summary>Not decided yet: no settlement, or a pending one.</summary>
    public static bool IsOpen(BetView bet) => bet.Settlement is null or { Status: SettlementStatus.Pending };
}

public sealed record ScoreResponse(int Home, int Away);

public sealed record FixtureBet(JsonNode Bet, JsonNode? Settlement)
{
    public static FixtureBet From(BetView view) =>
        new(ContractJson.Bet(view.Bet), view.Settlement is { } settlement ? ContractJson.Settlement(settlement) : null);
}

using System.Text.Json.Nodes;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Fixtures;

namespace Proppr.Node.Api.Fixtures;

/// <summary>
/// A fixture as its actor holds it now: its headline, its bets, open and settled, how many post-full-time correction
/// checks it has made (the first at FT+30m by default), whether it is grading (its bets may still change), and its book.
/// </summary>
public sealed record FixtureResponse : FixtureHeadline
{
    private FixtureResponse(FixtureView view, FixtureOddsView odds) : base(view)
    {
        OpenBets = [.. view.Bets.Where(IsOpen).Select(FixtureBet.From)];
        SettledBets = [.. view.Bets.Where(bet => !IsOpen(bet)).Select(FixtureBet.From)];
        CorrectionChecksDone = view.CorrectionChecksDone;
        Grading = view.Grading;
        Book = BookSummary.From(odds);
    }

    public IReadOnlyList<FixtureBet> OpenBets { get; }
    public IReadOnlyList<FixtureBet> SettledBets { get; }
    public int CorrectionChecksDone { get; }
    public bool Grading { get; }
    public BookSummary? Book { get; }

    public static FixtureResponse From(FixtureView view, FixtureOddsView odds) => new(view, odds);

    /// <summary>Not decided yet: no settlement, or a pending one.</summary>
    public static bool IsOpen(BetView bet) => bet.Settlement is null or { Status: SettlementStatus.Pending };
}

public sealed record ScoreResponse(int Home, int Away);

public sealed record FixtureBet(JsonNode Bet, JsonNode? Settlement)
{
    public static FixtureBet From(BetView view) =>
        new(ContractJson.Bet(view.Bet), view.Settlement is { } settlement ? ContractJson.Settlement(settlement) : null);
}

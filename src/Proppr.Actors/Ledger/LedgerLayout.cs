using System.Collections.Immutable;
using System.Globalization;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.ReadModel;

namespace Proppr.Actors.Ledger;

/// <summary>
/// The columns a ledger tab shows and how a bet, from its current settlement in the read model, becomes a row of them.
/// Numbers are numbers (the sheet sums them). Every layout ends with the bet id: rows are found by it.
/// </summary>
public sealed class LedgerLayout
{
    /// <summary>Proppr's own layout, the default: the contract's wire names (<c>docs/spec/bets.md</c>), money and CLV.</summary>
    public static readonly LedgerLayout Proppr = new(
        ["Date", "Match", "Player", "Market", "Line", "Selection", "Odds", "Stake", "Result", "Returns", "P/L", "CLV", "Bet ID"],
        bet =>
        [
            .. TheBet(bet),
            SheetCell.Of(bet.Stake),
            SheetCell.Of(bet.Resettled ? $"{WireNames.Statuses.NameOf(bet.Status)} (corrected)" : WireNames.Statuses.NameOf(bet.Status)),
            SheetCell.Of(bet.Returns),
            SheetCell.Of(bet.ProfitLoss),
            SheetCell.Of(bet.Clv),
            SheetCell.Of(bet.BetId),
        ]);

    /// <summary>
    /// The original PROPPR sheets' layout, so their formulas keep working: its nine columns in its order, its result
    /// words (<c>half_win</c>, <c>half_loss</c>; a correction shows only the new result, as a count of "won" expects),
    /// and the bet id after them in column J, outside every range the old formulas read.
    /// </summary>
    public static readonly LedgerLayout PropprV1 = new(
        ["Date", "Match", "Player", "Market", "Threshold", "Direction", "Odds", "Result", "P/L", "Bet ID"],
        bet =>
        [
            .. TheBet(bet),
            SheetCell.Of(V1Result(bet.Status)),
            SheetCell.Of(bet.ProfitLoss),
            SheetCell.Of(bet.BetId),
        ]);

    private readonly Func<BetRecord, ImmutableArray<SheetCell>> _format;

    private LedgerLayout(ImmutableArray<string> header, Func<BetRecord, ImmutableArray<SheetCell>> format)
    {
        Header = header;
        HeaderCells = [.. header.Select(SheetCell.Of)];
        Blank = [.. Enumerable.Repeat(SheetCell.Empty, header.Length)];
        _format = format;
    }

    public ImmutableArray<string> Header { get; }

    public ImmutableArray<SheetCell> HeaderCells { get; }

    /// <summary>An all-empty row: what a duplicate is overwritten with.</summary>
    public ImmutableArray<SheetCell> Blank { get; }

    public int ColumnCount => Header.Length;

    /// <summary>Where the bet id sits: the last column.</summary>
    public int BetIdColumn => Header.Length - 1;

    public ImmutableArray<SheetCell> Format(BetRecord bet) => _format(bet);

    /// <summary>The bet id a sheet row carries, or null for a row without one (blank, or a note typed by hand).</summary>
    public string? BetIdOf(IReadOnlyList<SheetCell> row) =>
        row.Count > BetIdColumn && !row[BetIdColumn].IsEmpty ? row[BetIdColumn].Text : null;

    /// <summary>The sheet shows <paramref name="expected"/>: every column equal, a missing trailing cell counting as empty.</summary>
    public static bool Shows(IReadOnlyList<SheetCell> actual, IReadOnlyList<SheetCell> expected)
    {
        for (var column = 0; column < Math.Max(actual.Count, expected.Count); column++)
        {
            var shown = column < actual.Count ? actual[column] : SheetCell.Empty;
            var wanted = column < expected.Count ? expected[column] : SheetCell.Empty;
            if (!shown.SameValueAs(wanted))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The seven columns both layouts open with: date, match, player, market, line, selection, odds.</summary>
    private static SheetCell[] TheBet(BetRecord bet) =>
    [
        SheetCell.Of(bet.PlacedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        SheetCell.Of(MatchName(bet)),
        SheetCell.Of(bet.PlayerName ?? bet.PlayerId?.ToString(CultureInfo.InvariantCulture)),
        SheetCell.Of(MarketName(bet)),
        SheetCell.Of(bet.Line?.Value),
        SheetCell.Of(WireNames.Selections.NameOf(bet.Selection)),
        SheetCell.Of(bet.Odds),
    ];

    /// <summary>"Home v Away" as the bet named them (the contract's display names), else the fixture id.</summary>
    private static string MatchName(BetRecord bet)
    {
        var read = BetReader.ReadLine(bet.BetJson);
        return read.Bet is { HomeTeam: { } home, AwayTeam: { } away }
            ? $"{home} v {away}"
            : bet.FixtureId.ToString(CultureInfo.InvariantCulture);
    }

    private static string MarketName(BetRecord bet)
    {
        var market = WireNames.Markets.NameOf(bet.Market);
        return bet.Period == BetPeriod.FullTime ? market : $"{market} ({WireNames.Periods.NameOf(bet.Period)})";
    }

    /// <summary>The old grader's result words: ours but for the half results.</summary>
    private static string V1Result(SettlementStatus status) => status switch
    {
        SettlementStatus.HalfWon => "half_win",
        SettlementStatus.HalfLost => "half_loss",
        _ => WireNames.Statuses.NameOf(status),
    };
}

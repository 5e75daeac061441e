using System.Collections.Immutable;
using System.Globalization;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.ReadModel;

namespace Proppr.Actors.Ledger;

/// <summary>
/// One bet as a ledger row: the columns of <see cref="Header"/>, from the bet's current settlement in the read model.
/// Numbers are numbers (the sheet sums them); names are the contract's wire names (<c>spec/bets.md</c>).
/// </summary>
public static class LedgerRow
{
    public static readonly ImmutableArray<string> Header =
        ["Date", "Match", "Player", "Market", "Line", "Selection", "Odds", "Stake", "Result", "Returns", "P/L", "CLV", "Bet ID"];

    public static int ColumnCount => Header.Length;

    /// <summary>Where the bet id sits: rows are found by it.</summary>
    public static int BetIdColumn => Header.Length - 1;

    public static ImmutableArray<SheetCell> HeaderCells { get; } = [.. Header.Select(SheetCell.Of)];

    public static ImmutableArray<SheetCell> Format(BetRecord bet) =>
    [
        SheetCell.Of(bet.PlacedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        SheetCell.Of(MatchName(bet)),
        SheetCell.Of(bet.PlayerName ?? bet.PlayerId?.ToString(CultureInfo.InvariantCulture)),
        SheetCell.Of(MarketName(bet)),
        SheetCell.Of(bet.Line?.Value),
        SheetCell.Of(WireNames.Selections.NameOf(bet.Selection)),
        SheetCell.Of(bet.Odds),
        SheetCell.Of(bet.Stake),
        SheetCell.Of(bet.Resettled ? $"{WireNames.Statuses.NameOf(bet.Status)} (corrected)" : WireNames.Statuses.NameOf(bet.Status)),
        SheetCell.Of(bet.Returns),
        SheetCell.Of(bet.ProfitLoss),
        SheetCell.Of(bet.Clv),
        SheetCell.Of(bet.BetId),
    ];

    /// <summary>An all-empty row: what a duplicate is overwritten with.</summary>
    public static ImmutableArray<SheetCell> Blank { get; } = [.. Enumerable.Repeat(SheetCell.Empty, Header.Length)];

    /// <summary>The bet id a sheet row carries, or null for a row without one (blank, or a note typed by hand).</summary>
    public static string? BetIdOf(IReadOnlyList<SheetCell> row) =>
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
}

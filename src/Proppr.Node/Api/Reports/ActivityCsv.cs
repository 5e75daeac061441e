using System.Globalization;
using System.Text;
using System.Text.Json;
using Proppr.Actors.ReadModel.Clients;

namespace Proppr.Node.Api.Reports;

/// <summary>
/// A day's activity snapshot as CSV (RFC 4180, a header row, money with two decimals, flags as the API names them
/// joined by <c>;</c>). A text cell that a spreadsheet would take for a formula (<c>= + - @</c> first) gets a leading
/// apostrophe: client and source names come from outside.
/// </summary>
public static class ActivityCsv
{
    public const string Header = "day,client,category,source,bets,open,stake,won,lost,void,profit,flags";

    public static string Write(IEnumerable<ActivityRow> rows)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var row in rows)
        {
            string[] cells =
            [
                row.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Text(row.Client),
                Text(row.Category),
                Text(row.Source),
                Number(row.Bets),
                Number(row.Open),
                Money(row.Stake),
                Number(row.Won),
                Number(row.Lost),
                Number(row.Void),
                Money(row.Profit),
                string.Join(';', row.Flags.Select(flag => JsonNamingPolicy.SnakeCaseLower.ConvertName(flag.ToString()))),
            ];
            csv.AppendJoin(',', cells).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var safe = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }
}

namespace Proppr.Cli;

/// <summary>Rows under a header, each column as wide as its widest cell: what the commands print for a person.</summary>
public sealed class TextTable(params string[] header)
{
    private readonly List<string[]> _rows = [];

    public TextTable Add(params object?[] cells)
    {
        _rows.Add([.. cells.Select(cell => cell?.ToString() ?? "-")]);
        return this;
    }

    public void WriteTo(TextWriter output)
    {
        var widths = header.Select((title, column) => _rows.Select(row => row[column].Length).Append(title.Length).Max()).ToArray();
        foreach (var row in _rows.Prepend(header))
        {
            output.WriteLine(string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
        }
    }
}

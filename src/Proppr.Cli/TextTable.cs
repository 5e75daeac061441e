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

    /// <summary>A row per item, its cells as <paramref name="cells"/> gives them.</summary>
    public TextTable AddEach<T>(IEnumerable<T> items, Func<T, object?[]> cells)
    {
        foreach (var item in items)
        {
            Add(cells(item));
        }
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

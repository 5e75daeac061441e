using System.Globalization;

namespace Proppr.Actors.Stats;

/// <summary>
/// Which season a match belongs to: seasons start on the first of <see cref="StartMonth"/> (July: August-to-May
/// leagues). A league that plays the calendar year takes <c>StartMonth = 1</c>.
/// </summary>
public sealed record SeasonCalendar(int StartMonth = 7)
{
    public static readonly SeasonCalendar European = new();

    /// <summary>The season's first day, as a label: "2024/25" for a July start, "2025" for a January one.</summary>
    public string SeasonOf(DateTimeOffset kickoff)
    {
        var date = kickoff.UtcDateTime;
        var startYear = date.Month >= StartMonth ? date.Year : date.Year - 1;
        return StartMonth == 1
            ? startYear.ToString(CultureInfo.InvariantCulture)
            : $"{startYear}/{(startYear + 1) % 100:00}";
    }
}

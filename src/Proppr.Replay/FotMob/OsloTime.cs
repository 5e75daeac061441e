using System.Globalization;

namespace Proppr.Replay.FotMob;

/// <summary>FotMob writes <c>halfs</c> timestamps and listing times in Europe/Oslo local time, not UTC.</summary>
internal static class OsloTime
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    /// <summary><c>dd.MM.yyyy HH:mm:ss</c>, as in <c>header.status.halfs</c>.</summary>
    public static string Stamp(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Oslo).ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary><c>dd.MM.yyyy HH:mm</c>, as in the day listing's <c>time</c>.</summary>
    public static string Minutes(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Oslo).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>ISO-8601 UTC with milliseconds, as in <c>utcTime</c>.</summary>
    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

namespace Proppr.Actors.Odds.Feed;

/// <summary>
/// Raised by <see cref="OddsJsonReader"/> deep inside one object so the parsers can turn the whole object into one
/// <see cref="OddsParseError"/>; it never leaves them.
/// </summary>
internal sealed class OddsFormatException(string reason, string detail) : Exception(detail)
{
    public string Reason { get; } = reason;

    public OddsParseError ToError(string raw, string? context = null) =>
        new(Reason, context is null ? Message : $"{context}: {Message}", OddsParseError.ExcerptOf(raw));
}

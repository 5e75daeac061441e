namespace Proppr.Actors.Odds.Feed;

/// <summary>
/// Why one object of a frame or response could not be read: a snake_case <see cref="Reason"/> for metrics, a
/// sentence (<see cref="Detail"/>) for a person, and the start of the raw text (<see cref="Excerpt"/>) to find it.
/// </summary>
public sealed record OddsParseError(string Reason, string Detail, string Excerpt)
{
    public const int ExcerptLength = 200;

    internal static OddsParseError NotAnObject(System.Text.Json.JsonElement item) =>
        new("not_an_object", $"a {item.ValueKind} where an object was expected", ExcerptOf(item.GetRawText()));

    internal static string ExcerptOf(string raw) =>
        raw.Length <= ExcerptLength ? raw : string.Concat(raw.AsSpan(0, ExcerptLength), "…");
}

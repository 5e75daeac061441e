using System.Text;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Odds.Feed;

/// <summary>
/// Reads one WebSocket message of the odds feed. The server packs several JSON objects into one message, one per line
/// (FORMAT.md §2.3), so a message is read as a run of JSON values: each becomes one <see cref="OddsFrame"/>, in order.
/// An object that cannot be read becomes a <see cref="MalformedFrame"/> and reading resumes at the next line, so the good
/// objects of the same message are kept. Never throws.
/// </summary>
public static class OddsFrameParser
{
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowMultipleValues = true };

    public static IReadOnlyList<OddsFrame> Parse(string message)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        var frames = new List<OddsFrame>();
        var position = SkipWhitespace(bytes, 0);
        while (position < bytes.Length)
        {
            try
            {
                var reader = new Utf8JsonReader(bytes.AsSpan(position), ReaderOptions);
                using var document = JsonDocument.ParseValue(ref reader);
                frames.Add(Read(document.RootElement));
                position += (int)reader.BytesConsumed;
            }
            catch (JsonException error)
            {
                // Resume at the next line: objects are newline-separated, so that is where the next one starts.
                var lineEnd = Array.IndexOf(bytes, (byte)'\n', position) is var newline and >= 0 ? newline : bytes.Length;
                var raw = Encoding.UTF8.GetString(bytes, position, lineEnd - position).TrimEnd();
                frames.Add(new MalformedFrame(new OddsParseError("invalid_json", error.Message, OddsParseError.ExcerptOf(raw))));
                position = lineEnd;
            }
            position = SkipWhitespace(bytes, position);
        }
        return frames;
    }

    private static OddsFrame Read(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return new MalformedFrame(OddsParseError.NotAnObject(item));
        }
        var type = item.Property("type")?.AsText()?.Trim();
        if (string.IsNullOrEmpty(type))
        {
            return new MalformedFrame(new OddsParseError("missing_type", "an object without a type", OddsParseError.ExcerptOf(item.GetRawText())));
        }
        try
        {
            return type.ToLowerInvariant() switch
            {
                "welcome" => ReadWelcome(item),
                "created" => ReadEventOdds(EventOddsChange.Created, item),
                "updated" => ReadEventOdds(EventOddsChange.Updated, item),
                "deleted" => ReadRemoval(EventRemoval.Deleted, item),
                "no_markets" => ReadRemoval(EventRemoval.NoMarkets, item),
                _ => new UnknownFrame(type, OddsParseError.ExcerptOf(item.GetRawText())),
            };
        }
        catch (OddsFormatException error)
        {
            return new MalformedFrame(error.ToError(item.GetRawText(), $"{type} message"));
        }
    }

    private static WelcomeFrame ReadWelcome(JsonElement item) => new(
        item.Property("message")?.AsText(),
        item.Property("bookmakers")?.AsTextList() ?? [],
        item.Property("sport_filter")?.AsTextList() ?? [],
        item.Property("leagues_filter")?.AsTextList() ?? [],
        item.Property("status_filter")?.AsText(),
        item.Property("warning")?.AsText());

    private static EventOddsFrame ReadEventOdds(EventOddsChange change, JsonElement item)
    {
        var eventId = OddsJsonReader.ReadEventId(item);
        var bookmaker = ReadBookmakerName(item) ?? throw new OddsFormatException("missing_bookmaker", $"event {eventId}: no bookie");
        var timestamp = ReadTimestamp(item);
        var markets = item.Property("markets") ?? throw new OddsFormatException("missing_markets", $"event {eventId}: no markets");
        return new EventOddsFrame(change, eventId, OddsJsonReader.ReadBookmaker(bookmaker, markets, timestamp), timestamp, ReadSeq(item));
    }

    private static EventRemovedFrame ReadRemoval(EventRemoval removal, JsonElement item) =>
        new(removal, OddsJsonReader.ReadEventId(item), ReadBookmakerName(item), ReadTimestamp(item), ReadSeq(item));

    private static string? ReadBookmakerName(JsonElement item) =>
        item.Property("bookie")?.AsText() is { } name && !string.IsNullOrWhiteSpace(name) ? name.Trim() : null;

    private static DateTimeOffset? ReadTimestamp(JsonElement item) =>
        OddsJsonReader.ReadOptionalInstant(item, "timestamp", "timestamp");

    // Unofficial (FORMAT.md §2.4): kept when present so gaps can be logged, never required.
    private static long? ReadSeq(JsonElement item) => item.Property("seq") is { } seq && seq.TryInt64(out var value) ? value : null;

    private static int SkipWhitespace(byte[] bytes, int position)
    {
        while (position < bytes.Length && bytes[position] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            position++;
        }
        return position;
    }
}

using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Odds.Feed;

/// <summary>
/// Reads the REST responses of the odds provider into the feed's types. A response is a JSON array of items, though a
/// <c>{"data":[...]}</c> wrapper and a single object (<c>/odds</c>, <c>/events/{id}</c>) are accepted too. An item or
/// a bookmaker that cannot be read becomes an error and the rest is kept. Never throws.
/// </summary>
public static class OddsRestParser
{
    /// <summary>
    /// <c>/odds</c>, <c>/odds/multi</c> and <c>/odds/updated</c> (FORMAT.md §1.4, §1.6): events, each with a
    /// <c>bookmakers</c> map from bookmaker name to that bookmaker's markets. An event without odds has no bookmakers.
    /// </summary>
    public static OddsRestResult<EventOdds> ParseOdds(string json) => Parse(json, ReadEventOdds);

    /// <summary><c>/events</c>, <c>/events/live</c>, <c>/events/search</c>, <c>/events/{id}</c> (FORMAT.md §1.3).</summary>
    public static OddsRestResult<OddsEvent> ParseEvents(string json) => Parse(json, TryReadEvent);

    private static OddsRestResult<T> Parse<T>(string json, Func<JsonElement, List<OddsParseError>, T?> readItem) where T : class
    {
        var errors = new List<OddsParseError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            return new OddsRestResult<T>([], [new OddsParseError("invalid_json", error.Message, OddsParseError.ExcerptOf(json))]);
        }
        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray().ToArray(),
                JsonValueKind.Object when root.Property("data") is { ValueKind: JsonValueKind.Array } data => data.EnumerateArray().ToArray(),
                JsonValueKind.Object => [root],
                _ => null,
            };
            if (items is null)
            {
                return new OddsRestResult<T>([], [new OddsParseError("not_an_array", $"a {root.ValueKind} where an array was expected", OddsParseError.ExcerptOf(json))]);
            }
            var read = new List<T>();
            foreach (var item in items)
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(OddsParseError.NotAnObject(item));
                }
                else if (readItem(item, errors) is { } value)
                {
                    read.Add(value);
                }
            }
            return new OddsRestResult<T>(read, errors);
        }
    }

    private static OddsEvent? TryReadEvent(JsonElement item, List<OddsParseError> errors)
    {
        try
        {
            return OddsJsonReader.ReadEvent(item);
        }
        catch (OddsFormatException error)
        {
            errors.Add(error.ToError(item.GetRawText(), "event"));
            return null;
        }
    }

    private static EventOdds? ReadEventOdds(JsonElement item, List<OddsParseError> errors)
    {
        if (TryReadEvent(item, errors) is not { } oddsEvent)
        {
            return null;
        }
        var bookmakers = new List<BookmakerMarkets>();
        switch (item.Property("bookmakers"))
        {
            case null:
                break;
            case { ValueKind: JsonValueKind.Object } map:
                foreach (var bookmaker in map.EnumerateObject())
                {
                    try
                    {
                        bookmakers.Add(OddsJsonReader.ReadBookmaker(bookmaker.Name.Trim(), bookmaker.Value, null));
                    }
                    catch (OddsFormatException error)
                    {
                        errors.Add(error.ToError(bookmaker.Value.GetRawText(), $"event {oddsEvent.Id}, bookmaker {bookmaker.Name}"));
                    }
                }
                break;
            case var other:
                errors.Add(new OddsParseError("invalid_bookmakers", $"event {oddsEvent.Id}: bookmakers is not an object",
                    OddsParseError.ExcerptOf(other.Value.GetRawText())));
                break;
        }
        return new EventOdds(oddsEvent, bookmakers);
    }
}

using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Odds.Feed;

/// <summary>
/// Reads the pieces the WebSocket and REST share (FORMAT.md §1.3, §1.4): events, markets, odds lines. Missing optional
/// values are null; a value that is present but unreadable fails the whole object with an
/// <see cref="OddsFormatException"/>, because half a bookmaker's markets would replace all of them in the book.
/// </summary>
internal static class OddsJsonReader
{
    public static string ReadEventId(JsonElement item)
    {
        var id = item.Property("id")?.AsText()?.Trim();
        return string.IsNullOrEmpty(id) ? throw new OddsFormatException("missing_id", "no event id") : id;
    }

    public static OddsEvent ReadEvent(JsonElement item) => new(ReadEventId(item))
    {
        Home = item.Property("home")?.AsText(),
        Away = item.Property("away")?.AsText(),
        Sport = ReadCategory(item.Property("sport")),
        League = ReadCategory(item.Property("league")),
        StartTime = ReadOptionalInstant(item, "date", "event date"),
        Status = ReadStatus(item.Property("status")?.AsText()),
    };

    /// <summary>One bookmaker's array of markets; <paramref name="fallbackTime"/> times the entries whose market has no time.</summary>
    public static BookmakerMarkets ReadBookmaker(string bookmaker, JsonElement markets, DateTimeOffset? fallbackTime)
    {
        if (markets.ValueKind != JsonValueKind.Array)
        {
            throw new OddsFormatException("invalid_markets", $"the markets of {bookmaker} are not an array");
        }
        return new BookmakerMarkets(bookmaker, markets.EnumerateArray().Select(market => ReadMarket(market, fallbackTime)).ToArray());
    }

    /// <summary>A timestamp that may be absent; present but unreadable fails the object.</summary>
    public static DateTimeOffset? ReadOptionalInstant(JsonElement item, string property, string what)
    {
        if (item.Property(property) is not { } value)
        {
            return null;
        }
        return value.TryInstant(out var instant)
            ? instant
            : throw new OddsFormatException("invalid_timestamp", $"{what} is not a timestamp: {value.GetRawText()}");
    }

    private static OddsMarket ReadMarket(JsonElement market, DateTimeOffset? fallbackTime)
    {
        var wireName = market.Property("name")?.AsText();
        if (string.IsNullOrWhiteSpace(wireName))
        {
            throw new OddsFormatException("invalid_market", "a market without a name");
        }
        var name = MarketNames.Normalise(wireName);
        var updatedAt = ReadOptionalInstant(market, "updatedAt", $"market {name} updatedAt");
        var lines = market.Property("odds");
        if (lines is { ValueKind: not JsonValueKind.Array })
        {
            throw new OddsFormatException("invalid_market", $"market {name}: odds is not an array");
        }
        var entries = lines?.EnumerateArray().SelectMany(line => ReadLine(name, line, updatedAt ?? fallbackTime)).ToArray() ?? [];
        return new OddsMarket(name, updatedAt, entries);
    }

    /// <summary>One odds line (<c>{"hdp":2.5,"over":"1.85","under":"2.10","max":500}</c>) as one entry per priced outcome.</summary>
    private static IReadOnlyList<OddsEntry> ReadLine(string market, JsonElement line, DateTimeOffset? marketTime)
    {
        if (line.ValueKind != JsonValueKind.Object)
        {
            throw new OddsFormatException("invalid_market", $"market {market}: an odds line is not an object");
        }
        decimal? handicap = null;
        if (line.Property("hdp") is { } hdp)
        {
            handicap = hdp.TryDecimal(out var value)
                ? value
                : throw new OddsFormatException("invalid_line", $"market {market}: hdp is not a number: {hdp.GetRawText()}");
        }
        var label = line.Property("label")?.AsText();
        // The stake limit only informs; an odd value there is no reason to lose the prices.
        decimal? maxStake = line.Property("max") is { } max && max.TryDecimal(out var limit) ? limit : null;
        var time = ReadOptionalInstant(line, "updatedAt", $"market {market} line updatedAt") ?? marketTime;

        var entries = new List<OddsEntry>();
        foreach (var outcome in OddsOutcomes.All)
        {
            if (line.Property(outcome) is not { } price)
            {
                continue;
            }
            if (!price.TryDecimal(out var decimalPrice) || decimalPrice <= 1m)
            {
                throw new OddsFormatException("invalid_price",
                    $"market {market}: {outcome} is not a decimal price above 1: {price.GetRawText()}");
            }
            entries.Add(new OddsEntry(new OddsKey(market, outcome, handicap, label), decimalPrice, time, maxStake));
        }
        return entries;
    }

    private static OddsCategory? ReadCategory(JsonElement? category) => category switch
    {
        { ValueKind: JsonValueKind.Object } value when (value.Property("name")?.AsText() ?? value.Property("slug")?.AsText()) is { } name =>
            new OddsCategory(name, value.Property("slug")?.AsText()),
        { ValueKind: JsonValueKind.String } value when !string.IsNullOrWhiteSpace(value.GetString()) => new OddsCategory(value.GetString()!, null),
        _ => null,
    };

    private static OddsEventStatus ReadStatus(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        "pending" or "prematch" => OddsEventStatus.Pending,
        "live" => OddsEventStatus.Live,
        "settled" => OddsEventStatus.Settled,
        "cancelled" or "canceled" => OddsEventStatus.Cancelled,
        _ => OddsEventStatus.Unknown,
    };
}

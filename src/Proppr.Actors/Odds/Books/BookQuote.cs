using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Odds.Books;

/// <summary>
/// A price the book holds: the bookmaker (variants merged, see <see cref="BookmakerName"/>), the variant it came
/// from (<see cref="Source"/>), the entry as the provider sent it, and when Proppr received it.
/// </summary>
public sealed record BookQuote(string Bookmaker, string Source, OddsEntry Entry, DateTimeOffset SeenAt)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public OddsKey Key => Entry.Key;

    [System.Text.Json.Serialization.JsonIgnore]
    public decimal Price => Entry.Price;

    /// <summary>
    /// True when the feed has not confirmed this price for longer than <paramref name="maxAge"/>. Measured from
    /// <see cref="SeenAt"/>, not the provider's <see cref="OddsEntry.UpdatedAt"/>: an unchanged price keeps an old
    /// provider time while every message for its bookmaker re-confirms it.
    /// </summary>
    public bool IsStale(DateTimeOffset now, TimeSpan maxAge) => now - SeenAt > maxAge;
}

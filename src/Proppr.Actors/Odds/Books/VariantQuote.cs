using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Odds.Books;

/// <summary>
/// One variant's price for one outcome as the book keeps it: the entry as the provider sent it (its exact decimal
/// price is what views, drops and closing lines show), the same price as a <c>double</c> for the book's arithmetic,
/// when Proppr received it, and <see cref="Stamp"/>, the order of the message it came in (unique within a bookmaker).
/// A value, overwritten in place by each message.
/// </summary>
internal readonly record struct VariantQuote(string Source, OddsEntry Entry, double Price, DateTimeOffset SeenAt, long Stamp)
{
    public BookQuote ToQuote(string bookmaker) => new(bookmaker, Source, Entry, SeenAt);
}

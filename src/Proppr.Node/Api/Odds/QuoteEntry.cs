using Proppr.Actors.Odds.Books;

namespace Proppr.Node.Api.Odds;

/// <summary>A price on offer as the API shows it: the outcome spelled out, the bookmaker, the price and when it was last confirmed.</summary>
public sealed record QuoteEntry(string Bookmaker, string Market, string Outcome, decimal? Line, string? Label, decimal Price, DateTimeOffset SeenAt)
{
    public static QuoteEntry From(BookQuote quote) =>
        new(quote.Bookmaker, quote.Key.Market, quote.Key.Outcome, quote.Key.Line, quote.Key.Label, quote.Price, quote.SeenAt);
}

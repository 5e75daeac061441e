using Proppr.Actors.Odds.Books;

namespace Proppr.Node.Api.Odds;

/// <summary>A price drop as the API and the stream show it: the outcome spelled out, old and new price, percent, when.</summary>
public sealed record PriceDropEntry(
    long FixtureId, string Bookmaker, string Market, string Outcome, decimal? Line, string? Label,
    decimal OldPrice, decimal NewPrice, decimal DropPercent, DateTimeOffset At)
{
    public static PriceDropEntry From(long fixtureId, PriceDrop drop) => new(
        fixtureId, drop.Bookmaker, drop.Key.Market, drop.Key.Outcome, drop.Key.Line, drop.Key.Label,
        drop.OldPrice, drop.NewPrice, drop.DropPercent, drop.At);
}

namespace Proppr.Actors.Odds.Books;

/// <summary>The sharp book's price for an outcome with its margin taken out, and when the sharp price was received.</summary>
internal readonly record struct FairPrice(decimal Price, DateTimeOffset SeenAt);

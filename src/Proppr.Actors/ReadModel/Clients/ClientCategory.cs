namespace Proppr.Actors.ReadModel.Clients;

/// <summary>A client (a bet's <c>client</c>) put in a category by a desk, with why and when.</summary>
public sealed record ClientCategory(string Client, string Category, string? Note, DateTimeOffset SetAt);

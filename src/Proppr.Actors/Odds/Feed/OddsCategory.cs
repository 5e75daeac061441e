namespace Proppr.Actors.Odds.Feed;

/// <summary>A sport or league as the provider names it: <c>{"name":"Football","slug":"football"}</c>; the slug is what filters take.</summary>
public sealed record OddsCategory(string Name, string? Slug);

namespace Proppr.Actors.Odds.Feed;

/// <summary>
/// One price of one outcome. The wire packs several outcomes into one odds line (<c>{"hdp":2.5,"over":"1.85","under":"2.10"}</c>);
/// each becomes its own entry. <see cref="UpdatedAt"/> is the provider's time for it: the line's own <c>updatedAt</c>
/// when present, else the market's, else the frame's timestamp; null when the provider gave none.
/// </summary>
public sealed record OddsEntry(OddsKey Key, decimal Price, DateTimeOffset? UpdatedAt, decimal? MaxStake = null);

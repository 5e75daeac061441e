using Proppr.Actors.Odds.Books;

namespace Proppr.Actors.Odds.History;

/// <summary>A price drop as the odds history keeps it: its fixture and its <see cref="OddsHistoryId"/>.</summary>
public sealed record StoredDrop(string Id, long FixtureId, PriceDrop Drop);

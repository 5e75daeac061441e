using Proppr.Actors.Odds.Books;

namespace Proppr.Actors.Odds.History;

/// <summary>
/// A value bet as the odds history keeps it: its fixture, its <see cref="OddsHistoryId"/> and when it was first found
/// (its <see cref="ValueBet.ExpiresAt"/> is the latest any announcement of it gave).
/// </summary>
public sealed record StoredValueBet(string Id, long FixtureId, ValueBet Value, DateTimeOffset FoundAt);

using Proppr.Actors.Fixtures;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// One change to one bet, where it sits in the journal (<see cref="JournalPosition"/>: the read model's key, the
/// live stream's event id) and when its event was written.
/// </summary>
public sealed record BetJournalEntry(long Position, DateTimeOffset WrittenAt, long FixtureId, BetChange Change);

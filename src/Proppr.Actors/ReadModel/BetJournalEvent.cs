using Proppr.Actors.Fixtures;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// A bet event (<see cref="BetTracked"/>, <see cref="BetSettled"/> or <see cref="BetResettled"/>) as the journal holds
/// it: its position in the whole journal, which the read model stores and the live feed passes on so a reader can
/// resume from it, and when it was written.
/// </summary>
public sealed record BetJournalEvent(long Offset, DateTimeOffset WrittenAt, IFixtureEvent Event);

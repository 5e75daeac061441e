using System.Collections.Immutable;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// The closed set of bet events in a fixture's journal. Written now: <see cref="BetsTrackedTogether"/>,
/// <see cref="RoundSettled"/>, <see cref="ClosingLinesFixed"/> (one event per batch, round or kickoff, however many bets
/// it carries). Written before grading rounds became one event, and still replayed and projected:
/// <see cref="BetTracked"/>, <see cref="BetSettled"/>, <see cref="BetResettled"/>, <see cref="BetClosingLine"/>.
/// Every consumer (the fixture's state, <see cref="BetEventTagger"/>, the read model, the live stream, the node's meter)
/// reads an event through its <see cref="Changes"/>, the closed set of <see cref="BetChange"/>s, so a new event is one
/// more implementation here; a reflection test hands a sample of each to every consumer.
/// </summary>
public interface IBetEvent : IFixtureEvent
{
    /// <summary>
    /// What the event did to its bets, in the order it was decided. A change's index here is part of its position in
    /// the journal (<c>JournalPosition</c>), so the order of a written event never changes.
    /// </summary>
    ImmutableArray<BetChange> Changes();
}

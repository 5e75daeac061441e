using Proppr.Actors.Fixtures;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// A bet event as the journal holds it: its offset in the whole journal (where a reader of events resumes) and when it
/// was written. Its <see cref="Entries"/> are what the read model, the live stream and the meter consume: one per
/// change, each at its own <see cref="JournalPosition"/>.
/// </summary>
public sealed record BetJournalEvent(long Offset, DateTimeOffset WrittenAt, IBetEvent Event)
{
    public IEnumerable<BetJournalEntry> Entries()
    {
        var changes = Event.Changes();
        for (var index = 0; index < changes.Length; index++)
        {
            yield return new BetJournalEntry(JournalPosition.Of(Offset, index), WrittenAt, Event.FixtureId, changes[index]);
        }
    }
}

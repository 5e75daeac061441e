using Akka;
using Akka.Actor;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams.Dsl;
using Proppr.Actors.Fixtures;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// Every fixture's bet events from the SQL journal, through the one tag <see cref="BetEventTagger"/> gives them: those
/// after an offset, then each new one as it is written. The journal's offsets have gaps (untagged events take them too).
/// </summary>
public static class BetEventsQuery
{
    public static Source<BetJournalEvent, NotUsed> After(ActorSystem system, long offset) =>
        FromEnvelopes(Journal(system).EventsByTag(BetEventTagger.BetEventsTag, Offset.Sequence(offset)));

    /// <summary>Those after <paramref name="offset"/> already written when asked, then the source completes: a catch-up.</summary>
    public static Source<BetJournalEvent, NotUsed> WrittenAfter(ActorSystem system, long offset) =>
        FromEnvelopes(Journal(system).CurrentEventsByTag(BetEventTagger.BetEventsTag, Offset.Sequence(offset)));

    private static SqlReadJournal Journal(ActorSystem system) =>
        PersistenceQuery.Get(system).ReadJournalFor<SqlReadJournal>(SqlReadJournal.Identifier);

    private static Source<BetJournalEvent, NotUsed> FromEnvelopes(Source<EventEnvelope, NotUsed> envelopes) =>
        envelopes.Select(envelope => new BetJournalEvent(
            ((Sequence)envelope.Offset).Value,
            // The journal stamps each event with the UTC ticks of its write.
            new DateTimeOffset(envelope.Timestamp, TimeSpan.Zero),
            (IBetEvent)envelope.Event));
}

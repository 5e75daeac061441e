using Akka.Actor;
using Akka.Persistence;

namespace Proppr.Actors.Tests;

/// <summary>What recovering a persistence id gives: the snapshot offered (if any) and the events replayed after it, in order.</summary>
internal sealed record RecoveredJournal(object? Snapshot, IReadOnlyList<object> Events)
{
    /// <summary>Recovers <paramref name="persistenceId"/> in <paramref name="system"/>'s journal and snapshot store.</summary>
    public static Task<RecoveredJournal> ReadAsync(ActorSystem system, string persistenceId, TimeSpan timeout) =>
        system.ActorOf(Props.Create(() => new Reader(persistenceId))).Ask<RecoveredJournal>(Read.Instance, timeout);

    private sealed class Read
    {
        public static readonly Read Instance = new();
    }

    private sealed class Reader : ReceivePersistentActor
    {
        private readonly List<object> _events = [];
        private object? _snapshot;

        public Reader(string persistenceId)
        {
            PersistenceId = persistenceId;
            Recover<SnapshotOffer>(offer => _snapshot = offer.Snapshot);
            Recover<RecoveryCompleted>(_ => { });
            RecoverAny(_events.Add);
            Command<Read>(_ =>
            {
                Sender.Tell(new RecoveredJournal(_snapshot, [.. _events]));
                Context.Stop(Self);
            });
        }

        public override string PersistenceId { get; }
    }
}

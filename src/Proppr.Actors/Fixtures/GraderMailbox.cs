using Akka.Actor;
using Akka.Configuration;
using Akka.Dispatch;
using Akka.Dispatch.MessageQueues;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// The mailbox of a <see cref="BetGrader"/>: a plain queue under a lock, empty until the first message. A grader
/// sits idle between rounds and receives a message or two at a time, and a fixture holds thousands of them, so the
/// default mailbox's pre-sized concurrent queue (about 1 KB before any message) was the largest part of an open bet's
/// memory (docs/benchmarks.md). Bound in <c>akka.hocon</c> as <see cref="ConfigPath"/>.
/// </summary>
public sealed class GraderMailbox(Settings settings, Config config) : MailboxType(settings, config), IProducesMessageQueue<GraderMailbox.LockedQueue>
{
    public const string ConfigPath = "proppr.grader-mailbox";

    public override IMessageQueue Create(IActorRef owner, ActorSystem system) => new LockedQueue();

    /// <summary>An unbounded queue that costs nothing until used and little after.</summary>
    public sealed class LockedQueue : IMessageQueue, IUnboundedMessageQueueSemantics
    {
        private readonly Queue<Envelope> _queue = new();
        private volatile int _count;

        public bool HasMessages => _count > 0;

        public int Count => _count;

        public void Enqueue(IActorRef receiver, Envelope envelope)
        {
            lock (_queue)
            {
                _queue.Enqueue(envelope);
                _count = _queue.Count;
            }
        }

        public bool TryDequeue(out Envelope envelope)
        {
            lock (_queue)
            {
                var dequeued = _queue.TryDequeue(out envelope);
                _count = _queue.Count;
                return dequeued;
            }
        }

        public void CleanUp(IActorRef owner, IMessageQueue deadletters)
        {
            while (TryDequeue(out var envelope))
            {
                deadletters.Enqueue(owner, envelope);
            }
        }
    }
}

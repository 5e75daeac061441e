using Akka.Actor;
using Proppr.Actors.Fixtures;

namespace Proppr.Node.Alerts;

/// <summary>
/// Listens on this node's event stream for fixtures whose journal could not be replayed and remembers the recent
/// ones; answers <see cref="GetRecentRecoveryFailures"/> with those within its window.
/// </summary>
public sealed class RecoveryFailureWatch : ReceiveActor
{
    private readonly Dictionary<long, (DateTimeOffset At, string Error)> _failures = [];

    public RecoveryFailureWatch(TimeSpan window)
    {
        Receive<FixtureRecoveryFailed>(failed => _failures[failed.FixtureId] = (Context.System.Scheduler.Now, failed.Error));
        Receive<GetRecentRecoveryFailures>(_ =>
        {
            var now = Context.System.Scheduler.Now;
            foreach (var old in _failures.Where(f => now - f.Value.At > window).Select(f => f.Key).ToList())
            {
                _failures.Remove(old);
            }
            Sender.Tell(new RecentRecoveryFailures([.. _failures.OrderBy(f => f.Key).Select(f => (f.Key, f.Value.Error))]));
        });
    }

    public static Props Props(TimeSpan window) => Akka.Actor.Props.Create(() => new RecoveryFailureWatch(window));

    protected override void PreStart() => Context.System.EventStream.Subscribe(Self, typeof(FixtureRecoveryFailed));
}

public sealed record GetRecentRecoveryFailures
{
    public static readonly GetRecentRecoveryFailures Instance = new();
}

public sealed record RecentRecoveryFailures(IReadOnlyList<(long FixtureId, string Error)> Fixtures);

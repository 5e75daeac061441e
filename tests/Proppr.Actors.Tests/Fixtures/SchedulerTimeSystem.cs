using Akka.Actor;
using Akka.Configuration;
using Proppr.Actors.Hosting;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// A local actor system whose only clock is Akka's <see cref="Akka.TestKit.TestScheduler"/> (time passes when the test
/// says so), with Proppr's configuration and the real SQLite journal and snapshots.
/// </summary>
internal static class SchedulerTimeSystem
{
    public static ActorSystem Create(string name, DatabaseOptions database)
    {
        var config = ConfigurationFactory.ParseString("""
                akka.actor.provider = local
                akka.scheduler.implementation = "Akka.TestKit.TestScheduler, Akka.TestKit"
                """)
            .WithFallback(PersistenceHostingExtensions.PersistenceConfig(database))
            .WithFallback(PropprConfig.Load());
        return ActorSystem.Create(name, config);
    }
}

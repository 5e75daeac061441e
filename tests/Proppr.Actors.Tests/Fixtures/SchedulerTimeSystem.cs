using Akka.Actor;
using Akka.Hosting;
using Akka.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Proppr.Actors.Hosting;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// A local actor system, composed by Akka.Hosting as a node's is, whose only clock is Akka's
/// <see cref="TestScheduler"/> (time passes when the test says so), with Proppr's configuration and the real SQLite
/// journal and snapshots.
/// </summary>
internal sealed class SchedulerTimeSystem : IAsyncDisposable
{
    private readonly IHost _host;

    private SchedulerTimeSystem(IHost host) => _host = host;

    public ActorSystem System => _host.Services.GetRequiredService<ActorSystem>();

    public TestScheduler Clock => (TestScheduler)System.Scheduler;

    public static async Task<SchedulerTimeSystem> StartAsync(DatabaseOptions database)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddAkka(PropprConfig.ActorSystemName, akka => akka
            .AddHocon("""
                akka.actor.provider = local
                akka.scheduler.implementation = "Akka.TestKit.TestScheduler, Akka.TestKit"
                """, HoconAddMode.Prepend)
            .WithPropprHocon()
            .WithPropprPersistence(database));
        var host = builder.Build();
        await host.StartAsync();
        return new SchedulerTimeSystem(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}

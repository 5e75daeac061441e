using Proppr.Actors.ReadModel;

namespace Proppr.Node;

/// <summary>Creates the read model's tables when the node starts, so reads answer (empty) before the projection has run.</summary>
public sealed class ReadModelTables(BetReadModelStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

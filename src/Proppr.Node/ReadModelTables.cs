using Proppr.Actors.ReadModel;
using Proppr.Actors.Stats;
using Proppr.Node.Api.Bets;

namespace Proppr.Node;

/// <summary>
/// Creates the tables the API reads (the read model's and the stats') when the node starts, so reads answer (empty)
/// before the projection and the stats pipeline, cluster singletons that may start later or elsewhere, have run; and
/// the intake's bet id claims.
/// </summary>
public sealed class ReadModelTables(BetReadModelStore readModel, StatsStore stats, BetIdClaims claims) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await readModel.EnsureCreatedAsync(cancellationToken);
        await stats.EnsureCreatedAsync(cancellationToken);
        await claims.EnsureCreatedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

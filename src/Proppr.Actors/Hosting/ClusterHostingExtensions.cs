using Akka.Cluster;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Akka.Remote.Hosting;

namespace Proppr.Actors.Hosting;

public static class ClusterHostingExtensions
{
    /// <summary>Remoting and cluster membership from <paramref name="options"/>; the rest of the cluster is in <c>akka.hocon</c>.</summary>
    public static AkkaConfigurationBuilder WithPropprCluster(this AkkaConfigurationBuilder builder, ClusterNodeOptions options)
    {
        builder
            .WithRemoting(options.Hostname, options.Port, options.PublicHostname)
            .WithClustering(new ClusterOptions { SeedNodes = [.. options.SeedNodes], Roles = [.. options.Roles] });
        if (options.SeedNodes.Count == 0)
        {
            builder.AddStartup((system, _) =>
            {
                var cluster = Cluster.Get(system);
                cluster.Join(cluster.SelfAddress);
            });
        }
        return builder;
    }
}

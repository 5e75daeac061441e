using Akka.Cluster.Hosting;
using Akka.Discovery.Config.Hosting;
using Akka.Discovery.KubernetesApi;
using Akka.Hosting;
using Akka.Management;
using Akka.Management.Cluster.Bootstrap;
using Akka.Remote.Hosting;

namespace Proppr.Actors.Hosting;

public static class ClusterHostingExtensions
{
    /// <summary>Remoting and cluster membership from <paramref name="options"/>; the rest of the cluster is in <c>akka.hocon</c>.</summary>
    public static AkkaConfigurationBuilder WithPropprCluster(this AkkaConfigurationBuilder builder, ClusterNodeOptions options)
    {
        if (options.Bootstrap is not null && options.SeedNodes.Count > 0)
        {
            throw new InvalidOperationException(
                "Cluster:SeedNodes and Cluster:Bootstrap are both set: a node forms the cluster one way, through Lighthouse seeds or by Cluster Bootstrap.");
        }
        builder
            .WithRemoting(options.Hostname, options.Port, options.PublicHostname)
            .WithClustering(new ClusterOptions { SeedNodes = [.. options.SeedNodes], Roles = [.. options.Roles] });
        if (options.Bootstrap is { } bootstrap)
        {
            return builder.WithBootstrap(bootstrap, options.PublicHostname ?? options.Hostname, options.Hostname);
        }
        if (options.SeedNodes.Count == 0)
        {
            builder.AddStartup((system, _) =>
            {
                var cluster = Akka.Cluster.Cluster.Get(system);
                cluster.Join(cluster.SelfAddress);
            });
        }
        return builder;
    }

    private static AkkaConfigurationBuilder WithBootstrap(
        this AkkaConfigurationBuilder builder, BootstrapOptions bootstrap, string publicHostname, string bindHostname)
    {
        builder.WithAkkaManagement(management =>
        {
            // Peers reach the contact point where remoting is reached; it binds where remoting binds.
            management.HostName = publicHostname;
            management.Port = bootstrap.ManagementPort;
            management.BindHostName = bindHostname;
            management.BindPort = bootstrap.ManagementPort;
        });
        builder.WithClusterBootstrap(cluster =>
        {
            cluster.ContactPointDiscovery.ServiceName = bootstrap.ServiceName;
            cluster.ContactPointDiscovery.RequiredContactPointsNr = bootstrap.RequiredContactPoints;
            cluster.ContactPointDiscovery.PortName = bootstrap.Discovery == BootstrapDiscovery.KubernetesApi ? "management" : null;
            cluster.ContactPointDiscovery.DiscoveryMethod = bootstrap.Discovery == BootstrapDiscovery.KubernetesApi ? "kubernetes-api" : "config";
        }, autoStart: true);
        return bootstrap.Discovery switch
        {
            BootstrapDiscovery.KubernetesApi => builder.WithKubernetesDiscovery(kubernetes =>
                kubernetes.PodLabelSelector = bootstrap.PodLabelSelector),
            BootstrapDiscovery.Config => builder.WithConfigDiscovery(config =>
                config.Services = [new Service { Name = bootstrap.ServiceName, Endpoints = [.. bootstrap.Endpoints] }]),
            _ => throw new ArgumentOutOfRangeException(nameof(bootstrap), bootstrap.Discovery, "unknown discovery method"),
        };
    }
}

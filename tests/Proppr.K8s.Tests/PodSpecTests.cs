using k8s.Models;
using Proppr.K8s.Tests.Manifests;

namespace Proppr.K8s.Tests;

/// <summary>Every pod asks for what it uses, Proppr's pods spread over machines and run unprivileged.</summary>
public sealed class PodSpecTests
{
    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void Every_container_requests_CPU_and_memory_and_is_held_to_a_memory_limit(string name)
    {
        var containers = Templates(Overlay.Named(name)).SelectMany(template => template.Spec.Containers).ToArray();

        containers.Should().NotBeEmpty();
        foreach (var container in containers)
        {
            container.Resources.Requests.Keys.Should().BeEquivalentTo(["cpu", "memory"], container.Name);
            container.Resources.Limits.Keys.Should().Contain("memory", container.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void Nodes_and_lighthouses_each_prefer_a_machine_of_their_own(string name)
    {
        var overlay = Overlay.Named(name);

        foreach (var template in overlay.PropprTemplates)
        {
            var term = template.Spec.Affinity.PodAntiAffinity.PreferredDuringSchedulingIgnoredDuringExecution.Should().ContainSingle().Subject.PodAffinityTerm;
            term.TopologyKey.Should().Be("kubernetes.io/hostname");
            term.LabelSelector.MatchLabels.Should().BeEquivalentTo(template.Metadata.Labels);
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void Nodes_and_lighthouses_run_as_a_user_without_privileges(string name)
    {
        var overlay = Overlay.Named(name);

        foreach (var template in overlay.PropprTemplates)
        {
            template.Spec.SecurityContext.RunAsNonRoot.Should().BeTrue();
            template.Spec.Containers.Single().SecurityContext.AllowPrivilegeEscalation.Should().BeFalse();
            template.Spec.Containers.Single().SecurityContext.Capabilities.Drop.Should().Equal("ALL");
        }
    }

    private static IEnumerable<V1PodTemplateSpec> Templates(Overlay overlay) =>
        overlay.Manifests.All<V1Deployment>().Select(deployment => deployment.Spec.Template)
            .Concat(overlay.Manifests.All<V1StatefulSet>().Select(set => set.Spec.Template));
}

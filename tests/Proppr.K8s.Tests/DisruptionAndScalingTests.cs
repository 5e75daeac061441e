using k8s.Models;
using Proppr.K8s.Tests.Manifests;

namespace Proppr.K8s.Tests;

/// <summary>Drains take pods one at a time, and the autoscaler adds nodes for live-match peaks.</summary>
public sealed class DisruptionAndScalingTests
{
    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void A_drain_takes_one_node_at_a_time(string name)
    {
        var overlay = Overlay.Named(name);
        var budget = overlay.Manifests.Single<V1PodDisruptionBudget>(Overlay.NodeName);

        budget.Spec.Selector.MatchLabels.Should().BeEquivalentTo(overlay.Node.Spec.Template.Metadata.Labels);
        budget.Spec.MaxUnavailable.Value.Should().Be("1");
    }

    [Theory]
    [MemberData(nameof(Overlay.WithSeeds), MemberType = typeof(Overlay))]
    public void A_drain_leaves_a_majority_of_the_seeds_up(string name)
    {
        var overlay = Overlay.Named(name);
        var budget = overlay.Manifests.Single<V1PodDisruptionBudget>(Overlay.LighthouseName);

        budget.Spec.Selector.MatchLabels.Should().BeEquivalentTo(overlay.Lighthouse.Spec.Template.Metadata.Labels);
        var remaining = overlay.Lighthouse.Spec.Replicas!.Value - int.Parse(budget.Spec.MaxUnavailable.Value, System.Globalization.CultureInfo.InvariantCulture);
        remaining.Should().Be(2);
    }

    [Theory]
    [InlineData("dev", 2, 4)]
    [InlineData("prod", 3, 12)]
    public void The_autoscaler_owns_the_node_count_and_scales_on_CPU(string name, int min, int max)
    {
        var overlay = Overlay.Named(name);
        var autoscaler = overlay.Manifests.Single<V2HorizontalPodAutoscaler>(Overlay.NodeName);

        autoscaler.Spec.ScaleTargetRef.Should().BeEquivalentTo(new V2CrossVersionObjectReference { Kind = "Deployment", Name = Overlay.NodeName, ApiVersion = "apps/v1" });
        (autoscaler.Spec.MinReplicas, autoscaler.Spec.MaxReplicas).Should().Be((min, max));
        overlay.Node.Spec.Replicas.Should().BeNull("a replica count in the Deployment would reset the autoscaler's on every apply");
        // No node exposes a fixtures-in-play metric yet: CPU is the only signal (k8s/README.md).
        var metric = autoscaler.Spec.Metrics.Should().ContainSingle().Subject;
        (metric.Type, metric.Resource.Name, metric.Resource.Target.Type, metric.Resource.Target.AverageUtilization).Should().Be(("Resource", "cpu", "Utilization", 70));
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void The_autoscaler_adds_nodes_at_once_and_removes_them_one_at_a_time_after_a_quiet_spell(string name)
    {
        var behavior = Overlay.Named(name).Manifests.Single<V2HorizontalPodAutoscaler>(Overlay.NodeName).Spec.Behavior;

        behavior.ScaleUp.StabilizationWindowSeconds.Should().Be(0);
        behavior.ScaleDown.StabilizationWindowSeconds.Should().Be(900);
        behavior.ScaleDown.Policies.Should().ContainSingle().Which.Should().BeEquivalentTo(new V2HPAScalingPolicy { PeriodSeconds = 300, Type = "Pods", Value = 1 });
    }
}

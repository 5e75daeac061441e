using Proppr.Node.Alerts;

namespace Proppr.Node.Tests.Alerts;

public sealed class AlertPolicyTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 5, 16, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Repeat = TimeSpan.FromMinutes(30);
    private static readonly Alert Quota = new("quota:odds-api", "odds-api quota exhausted", "5000 of 5000");
    private static readonly Alert Unreachable = new("unreachable:node-2", "Node node-2 unreachable", "no heartbeats");

    private readonly AlertPolicy _policy = new(Repeat);

    private IReadOnlyList<(NotificationKind Kind, string Key)> At(int minutes, params Alert[] active) =>
        [.. _policy.Evaluate(active, T0.AddMinutes(minutes)).Select(n => (n.Kind, n.Alert.Key))];

    [Fact]
    public void An_alert_is_announced_when_it_starts_reminded_of_every_repeat_interval_and_its_recovery_announced()
    {
        At(0, Quota).Should().Equal((NotificationKind.Firing, Quota.Key));
        At(1, Quota).Should().BeEmpty();
        At(29, Quota).Should().BeEmpty();
        At(30, Quota).Should().Equal((NotificationKind.Reminder, Quota.Key));
        At(45, Quota).Should().BeEmpty();
        At(46).Should().Equal((NotificationKind.Resolved, Quota.Key));
        At(47).Should().BeEmpty();
    }

    [Fact]
    public void A_flapping_alert_is_announced_once_per_interval_and_then_only_if_it_still_holds()
    {
        At(0, Quota).Should().Equal((NotificationKind.Firing, Quota.Key));
        At(1).Should().Equal((NotificationKind.Resolved, Quota.Key));
        At(2, Quota).Should().BeEmpty("announced two minutes ago");
        At(3).Should().BeEmpty("its return was never announced, so neither is this recovery");
        At(4, Quota).Should().BeEmpty();
        At(30, Quota).Should().Equal((NotificationKind.Firing, Quota.Key));
        At(31).Should().Equal((NotificationKind.Resolved, Quota.Key));
    }

    [Fact]
    public void Alerts_are_tracked_by_key_each_on_its_own_clock()
    {
        At(0, Quota).Should().Equal((NotificationKind.Firing, Quota.Key));
        At(10, Quota, Unreachable).Should().Equal((NotificationKind.Firing, Unreachable.Key));
        At(30, Quota, Unreachable).Should().Equal((NotificationKind.Reminder, Quota.Key));
        At(35, Quota).Should().Equal((NotificationKind.Resolved, Unreachable.Key));
    }

    [Fact]
    public void A_notification_carries_the_latest_wording_and_when_the_alert_began()
    {
        _policy.Evaluate([Quota], T0);
        var later = Quota with { Detail = "blocked until 17:00" };

        var reminder = _policy.Evaluate([later], T0.Add(Repeat)).Single();

        reminder.Alert.Detail.Should().Be("blocked until 17:00");
        reminder.Since.Should().Be(T0);
        reminder.At.Should().Be(T0.Add(Repeat));
        var resolved = _policy.Evaluate([], T0.AddHours(1)).Single();
        (resolved.Kind, resolved.Since, resolved.Alert.Detail).Should().Be((NotificationKind.Resolved, T0, "blocked until 17:00"));
    }

    [Fact]
    public void The_same_key_seen_twice_at_once_is_one_alert()
    {
        At(0, Quota, Quota with { Detail = "again" }).Should().Equal((NotificationKind.Firing, Quota.Key));
    }
}

using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Tests.RateLimiting;

public sealed class RollingQuotaTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static RollingQuota Quota(int limit = 10, double reserve = 0.2) =>
        new(Apis.OddsApi, new QuotaSettings(limit, TimeSpan.FromHours(1)) { ReserveFraction = reserve });

    [Fact]
    public void Live_work_gets_the_whole_quota_and_no_more()
    {
        var quota = Quota();

        quota.GrantWhilePossible(Apis.OddsApi, Start, PermitPriority.Live).Should().Be(10);
        quota.Decide(Start, PermitPriority.Live).Should().Be(PermitAnswer.Wait(TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Lower_priorities_stop_at_the_reserve_so_live_work_still_gets_through()
    {
        var quota = Quota(limit: 10, reserve: 0.2);

        quota.GrantWhilePossible(Apis.OddsApi, Start, PermitPriority.Normal).Should().Be(8);
        quota.GrantWhilePossible(Apis.OddsApi, Start, PermitPriority.Live).Should().Be(2);
    }

    [Fact]
    public void A_permit_frees_up_when_the_oldest_grant_leaves_the_rolling_window()
    {
        var quota = Quota(limit: 2, reserve: 0);
        quota.Apply(new PermitGranted(Apis.OddsApi, Start));
        quota.Apply(new PermitGranted(Apis.OddsApi, Start.AddMinutes(10)));

        quota.Decide(Start.AddMinutes(30), PermitPriority.Live).RetryAfter.Should().Be(TimeSpan.FromMinutes(30));
        quota.Decide(Start.AddMinutes(60), PermitPriority.Live).Granted.Should().BeTrue();
    }

    [Fact]
    public void A_429_with_a_reset_time_blocks_everyone_until_then()
    {
        var quota = Quota();
        var reset = Start.AddMinutes(5);

        var blocked = quota.OnResponse(new ReportResponse(Apis.OddsApi, 429, Reset: reset), Start);
        blocked.Should().Be(new ApiBlocked(Apis.OddsApi, reset));
        quota.Apply(blocked!);

        quota.Decide(Start.AddMinutes(1), PermitPriority.Live).Should().Be(PermitAnswer.Wait(TimeSpan.FromMinutes(4)));
        quota.Decide(reset, PermitPriority.Live).Granted.Should().BeTrue();
    }

    [Fact]
    public void Remaining_zero_in_the_headers_blocks_until_the_reset_even_on_success()
    {
        var quota = Quota();
        var reset = Start.AddMinutes(20);

        quota.OnResponse(new ReportResponse(Apis.OddsApi, 200, Remaining: 0, Reset: reset), Start)
            .Should().Be(new ApiBlocked(Apis.OddsApi, reset));
        quota.OnResponse(new ReportResponse(Apis.OddsApi, 200, Remaining: 7, Reset: reset), Start).Should().BeNull();
    }

    [Fact]
    public void A_429_without_any_hint_blocks_for_the_default_time()
    {
        var quota = Quota();

        quota.OnResponse(new ReportResponse(Apis.OddsApi, 429), Start)
            .Should().Be(new ApiBlocked(Apis.OddsApi, Start.AddMinutes(1)));
    }

    [Fact]
    public void Its_state_events_rebuild_the_same_window_in_a_fresh_quota()
    {
        var quota = Quota(limit: 5, reserve: 0);
        quota.Apply(new PermitGranted(Apis.OddsApi, Start.AddMinutes(-90)));
        quota.Apply(new PermitGranted(Apis.OddsApi, Start.AddMinutes(-30)));
        quota.Apply(new PermitGranted(Apis.OddsApi, Start.AddMinutes(-10)));
        quota.Apply(new ApiBlocked(Apis.OddsApi, Start.AddMinutes(3)));

        var events = quota.StateEvents(Start).ToList();
        var rebuilt = Quota(limit: 5, reserve: 0);
        events.ForEach(rebuilt.Apply);

        events.OfType<PermitGranted>().Should().HaveCount(2, "the grant 90 minutes ago has left the window");
        rebuilt.Describe(Start).Should().Be(quota.Describe(Start));
        rebuilt.Describe(Start).Used.Should().Be(2);
        rebuilt.Describe(Start).BlockedUntil.Should().Be(Start.AddMinutes(3));
    }
}

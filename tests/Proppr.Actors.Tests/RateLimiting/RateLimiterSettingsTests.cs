using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Tests.RateLimiting;

/// <summary>The limits a node runs with when configuration says nothing: the providers' published quotas.</summary>
public sealed class RateLimiterSettingsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_odds_provider_gets_5000_an_hour_shared_by_every_caller_with_a_reserve_for_live_work()
    {
        var odds = RateLimiterSettings.Default.CreateLimits()[Apis.OddsApi];

        odds.GrantWhilePossible(Apis.OddsApi, Now, PermitPriority.Normal).Should().Be(4500);
        odds.GrantWhilePossible(Apis.OddsApi, Now, PermitPriority.Live).Should().Be(500);
        odds.Decide(Now.AddMinutes(59), PermitPriority.Live).Should().Be(PermitAnswer.Wait(TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void Fotmob_starts_at_two_minutes_between_one_and_ten()
    {
        RateLimiterSettings.Default.Intervals[Apis.FotMob].Should().Be(new AdaptiveIntervalSettings
        {
            Initial = TimeSpan.FromMinutes(2), Minimum = TimeSpan.FromMinutes(1), Maximum = TimeSpan.FromMinutes(10), SuccessesToRelax = 5,
        });
    }

    [Fact]
    public void Google_sheets_gets_its_60_writes_a_minute_whatever_the_priority()
    {
        var sheets = RateLimiterSettings.Default.CreateLimits()[Apis.Sheets];

        sheets.GrantWhilePossible(Apis.Sheets, Now, PermitPriority.Background).Should().Be(60);
        sheets.Describe(Now).Window.Should().Be(TimeSpan.FromMinutes(1));
    }
}

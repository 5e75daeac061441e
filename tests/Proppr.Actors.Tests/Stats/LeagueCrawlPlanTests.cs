using Proppr.Actors.Matches;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Stats;

namespace Proppr.Actors.Tests.Stats;

/// <summary>The crawl's rules on their own: the 06:00 schedule, the days read, what is fetched, the refresh before kickoff.</summary>
public sealed class LeagueCrawlPlanTests
{
    private static readonly DateTimeOffset Morning = new(2026, 12, 7, 5, 59, 0, TimeSpan.Zero);

    private static readonly LeagueCrawlPlan Plan = new(new LeagueCrawlSettings { Leagues = [47] });

    private static FixtureCandidate Listed(long id, DateTimeOffset kickoff, MatchStatus status, long? league = 47) =>
        new(id, "Home", null, "Away", null, kickoff, "Premier League", status, league);

    [Fact]
    public void The_daily_crawl_runs_at_six_utc_by_default_today_if_not_yet_past_else_tomorrow()
    {
        Plan.NextRun(Morning).Should().Be(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero));
        Plan.NextRun(Morning.AddMinutes(1)).Should().Be(new DateTimeOffset(2026, 12, 8, 6, 0, 0, TimeSpan.Zero), "06:00 itself has run");
        Plan.NextRun(new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.FromHours(2))).Should().Be(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero), "07:00 at +02:00 is 05:00 UTC");
    }

    [Fact]
    public void One_crawl_reads_yesterday_today_and_the_next_seven_days()
    {
        Plan.Days(Morning).Should().Equal(Enumerable.Range(-1, 9).Select(d => new DateOnly(2026, 12, 7).AddDays(d)));
    }

    [Fact]
    public void Finished_matches_not_yet_recorded_come_first_then_upcoming_fixtures_by_kickoff_only_of_the_configured_leagues()
    {
        var listed = new[]
        {
            Listed(5, Morning.AddHours(30), MatchStatus.NotStarted),
            Listed(4, Morning.AddHours(6), MatchStatus.NotStarted),
            Listed(3, Morning.AddHours(-20), MatchStatus.Finished),
            Listed(2, Morning.AddHours(-22), MatchStatus.Finished),
            Listed(1, Morning.AddHours(-23), MatchStatus.Finished),
            Listed(6, Morning.AddHours(-1), MatchStatus.Postponed),
            Listed(7, Morning.AddMinutes(-10), MatchStatus.Live),
            Listed(8, Morning.AddHours(6), MatchStatus.NotStarted, league: 64),
            Listed(9, Morning.AddHours(6), MatchStatus.NotStarted, league: null),
            Listed(4, Morning.AddHours(6), MatchStatus.NotStarted),
        };

        Plan.Pick(listed, new HashSet<long> { 2 }, Morning).Should().Equal(
            new CrawlTarget(1, Morning.AddHours(-23), true),
            new CrawlTarget(3, Morning.AddHours(-20), true),
            new CrawlTarget(4, Morning.AddHours(6), false),
            new CrawlTarget(5, Morning.AddHours(30), false));
    }

    [Fact]
    public void An_upcoming_fixture_is_fetched_again_two_hours_before_kickoff_unless_that_has_passed()
    {
        Plan.RefreshIn(Morning.AddHours(5), Morning).Should().Be(TimeSpan.FromHours(3));
        Plan.RefreshIn(Morning.AddMinutes(90), Morning).Should().BeNull();
    }

    [Fact]
    public void Without_leagues_there_is_no_crawl()
    {
        new LeagueCrawlPlan(new LeagueCrawlSettings()).Enabled.Should().BeFalse();
        Plan.Enabled.Should().BeTrue();
    }
}

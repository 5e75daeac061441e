using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Tests.RateLimiting;

public sealed class AdaptiveIntervalTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 20, 0, 0, TimeSpan.Zero);

    private static AdaptiveInterval FotMob() => new(Apis.FotMob, new AdaptiveIntervalSettings());

    /// <summary>One request: its permit, then FotMob's answer.</summary>
    private static void Answer(AdaptiveInterval limit, int status)
    {
        limit.Apply(new PermitGranted(Apis.FotMob, Start));
        Respond(limit, status);
    }

    /// <summary>The answer to a request granted earlier.</summary>
    private static void Respond(AdaptiveInterval limit, int status)
    {
        if (limit.OnResponse(new ReportResponse(Apis.FotMob, status), Start) is { } change)
        {
            limit.Apply(change);
        }
    }

    [Fact]
    public void Starts_at_two_minutes_with_a_full_batch()
    {
        var limit = FotMob();

        limit.Interval.Should().Be(TimeSpan.FromMinutes(2));
        limit.Throttled.Should().BeFalse();
        limit.BatchSize.Should().Be(60);
    }

    [Fact]
    public void Each_429_doubles_the_interval_up_to_ten_minutes_and_shrinks_the_batch()
    {
        var limit = FotMob();
        var intervals = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            Answer(limit, 429);
            intervals.Add(limit.Interval.TotalMinutes);
        }

        intervals.Should().Equal(4, 8, 10, 10);
        limit.Throttled.Should().BeTrue();
        limit.BatchSize.Should().Be(10);
        limit.Apply(new PermitGranted(Apis.FotMob, Start));
        limit.OnResponse(new ReportResponse(Apis.FotMob, 429), Start).Should().BeNull("at the maximum there is nothing to write");
    }

    [Fact]
    public void The_429s_of_a_batch_granted_before_the_interval_changed_double_it_once()
    {
        var limit = FotMob();
        for (var i = 0; i < 6; i++)
        {
            limit.Apply(new PermitGranted(Apis.FotMob, Start));
        }

        for (var i = 0; i < 6; i++)
        {
            Respond(limit, 429);
        }
        limit.Interval.Should().Be(TimeSpan.FromMinutes(4), "one throttling episode, six answers to it");

        Answer(limit, 429);
        limit.Interval.Should().Be(TimeSpan.FromMinutes(8), "a request made under four minutes was refused too");
    }

    [Fact]
    public void Five_successes_in_a_row_halve_the_interval_down_to_one_minute()
    {
        var limit = FotMob();
        Answer(limit, 429);
        Answer(limit, 429);
        Answer(limit, 429);
        var intervals = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            for (var success = 0; success < 5; success++)
            {
                Answer(limit, 200);
            }
            intervals.Add(limit.Interval.TotalMinutes);
        }

        intervals.Should().Equal(5, 2.5, 1.25, 1, 1);
        limit.Throttled.Should().BeFalse("the full batch returns once the interval is back under its default");
    }

    [Fact]
    public void Four_successes_then_a_failure_do_not_relax_and_errors_other_than_429_change_nothing()
    {
        var limit = FotMob();
        Answer(limit, 429);
        for (var i = 0; i < 4; i++)
        {
            Answer(limit, 200);
        }
        Answer(limit, 429);
        Answer(limit, 500);
        Answer(limit, 404);

        limit.Interval.Should().Be(TimeSpan.FromMinutes(8));
    }

    [Fact]
    public void A_batch_per_interval_then_a_wait_until_the_first_grant_leaves_it()
    {
        var limit = new AdaptiveInterval(Apis.FotMob, new AdaptiveIntervalSettings { BatchSize = 3 });
        for (var i = 0; i < 3; i++)
        {
            limit.Decide(Start.AddSeconds(i * 10), PermitPriority.Live).Granted.Should().BeTrue();
            limit.Apply(new PermitGranted(Apis.FotMob, Start.AddSeconds(i * 10)));
        }

        limit.Decide(Start.AddSeconds(30), PermitPriority.Live).Should().Be(PermitAnswer.Wait(TimeSpan.FromSeconds(90)));
        limit.Decide(Start.AddMinutes(2), PermitPriority.Live).Granted.Should().BeTrue();
    }

    [Fact]
    public void Pre_match_look_ups_take_at_most_half_a_batch()
    {
        var limit = new AdaptiveInterval(Apis.FotMob, new AdaptiveIntervalSettings { BatchSize = 4 });
        limit.Apply(new PermitGranted(Apis.FotMob, Start));
        limit.Apply(new PermitGranted(Apis.FotMob, Start));

        limit.Decide(Start, PermitPriority.Normal).Granted.Should().BeFalse();
        limit.Decide(Start, PermitPriority.Live).Granted.Should().BeTrue();
    }

    [Fact]
    public void Its_state_events_carry_the_back_off_into_a_fresh_limit()
    {
        var limit = FotMob();
        Answer(limit, 429);
        Answer(limit, 429);
        limit.Apply(new PermitGranted(Apis.FotMob, Start));

        var rebuilt = FotMob();
        foreach (var @event in limit.StateEvents(Start))
        {
            rebuilt.Apply(@event);
        }

        rebuilt.Interval.Should().Be(TimeSpan.FromMinutes(8));
        rebuilt.Describe(Start).Should().Be(limit.Describe(Start));
    }
}

using Proppr.Node.Demo;

namespace Proppr.Node.Tests.Demo;

/// <summary>The demo's own options are read from the command line; everything else is left for the node.</summary>
public sealed class DemoOptionsTests
{
    [Fact]
    public void Demo_options_are_taken_and_the_rest_goes_to_the_node()
    {
        var options = DemoOptions.Parse(["--demo", "--fixtures", "4", "--bets=150", "--Urls=http://127.0.0.1:5090", "--speed", "600", "--keep-serving", "--seed", "9"]);

        (options.Fixtures, options.Bets, options.Speed, options.Seed, options.KeepServing).Should().Be((4, 150, 600d, 9, true));
        options.NodeArgs.Should().Equal("--Urls=http://127.0.0.1:5090");
    }

    [Fact]
    public void Without_options_the_demo_is_a_dozen_fixtures_and_three_thousand_bets_at_120x()
    {
        var options = DemoOptions.Parse(["--demo"]);

        (options.Fixtures, options.Bets, options.Speed, options.KeepServing).Should().Be((12, 3000, 120d, false));
        options.NodeArgs.Should().BeEmpty();
    }

    [Fact]
    public void The_feed_s_mess_is_chosen_by_option_and_realistic_by_default()
    {
        var messy = DemoOptions.Parse(["--demo", "--quirks", "every", "--late-corrections=1", "--postponed-in-window"]);
        var tidy = DemoOptions.Parse(["--demo", "--quirks", "none", "--late-corrections", "0"]);
        var plain = DemoOptions.Parse(["--demo"]);

        (messy.Quirks, messy.LateCorrectionShare, messy.PostponedInWindow).Should().Be((Replay.Generation.FeedQuirkRates.Every, 1d, true));
        (tidy.Quirks, tidy.LateCorrectionShare, tidy.PostponedInWindow).Should().Be((Replay.Generation.FeedQuirkRates.None, 0d, false));
        (plain.Quirks, plain.LateCorrectionShare).Should().Be((Replay.Generation.FeedQuirkRates.Realistic, 0.25));
    }

    [Fact]
    public void The_shape_eras_follow_the_quirks_unless_chosen()
    {
        DayOptions(["--demo", "--quirks", "none"]).EraMix.Should().Be(Replay.Generation.FotMobEraMix.Latest, "the tidy feed is the 2024/25 shape");
        DayOptions(["--demo"]).EraMix.Should().Be(Replay.Generation.FotMobEraMix.Realistic);
        DayOptions(["--demo", "--quirks", "every"]).EraMix.Should().Be(Replay.Generation.FotMobEraMix.Every);
        DayOptions(["--demo", "--quirks", "none", "--eras", "every"]).EraMix.Should().Be(Replay.Generation.FotMobEraMix.Every);
        DayOptions(["--demo", "--eras=latest"]).EraMix.Should().Be(Replay.Generation.FotMobEraMix.Latest);
    }

    private static Replay.Generation.MatchDayOptions DayOptions(string[] args)
    {
        var options = DemoOptions.Parse(args);
        return new Replay.Generation.MatchDayOptions { Quirks = options.Quirks, Eras = options.Eras };
    }

    [Theory]
    [InlineData("--quirks", "some", "--quirks must be realistic, none or every")]
    [InlineData("--eras", "2020", "--eras must be realistic, latest or every")]
    [InlineData("--late-corrections", "1.5", "--late-corrections must be a share from 0 to 1")]
    [InlineData("--fixtures", "0", "--fixtures must be a whole number from 1 to 60")]
    [InlineData("--fixtures", "61", "--fixtures must be a whole number from 1 to 60")]
    [InlineData("--bets", "many", "--bets must be a whole number")]
    [InlineData("--speed", "0", "--speed must be a number from 1 to 3600")]
    public void A_bad_value_is_refused_with_what_is_allowed(string name, string value, string message)
    {
        var parse = () => DemoOptions.Parse(["--demo", name, value]);

        parse.Should().Throw<ArgumentException>().WithMessage(message + "*");
    }

    [Fact]
    public void An_option_without_its_value_is_refused()
    {
        var parse = () => DemoOptions.Parse(["--demo", "--bets"]);

        parse.Should().Throw<ArgumentException>().WithMessage("--bets needs a value");
    }

    [Fact]
    public void Provider_delays_are_realistic_unless_given_in_match_day_seconds()
    {
        DemoOptions.Parse(["--demo"]).Delays.Should().Be(Replay.Server.ProviderDelays.Realistic);
        DemoOptions.Parse(["--demo", "--fotmob-delay", "30", "--odds-delay=2"]).Delays
            .Should().Be(new Replay.Server.ProviderDelays(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void Timings_divide_the_real_match_day_intervals_by_the_speed()
    {
        var timings = new DemoTimings(120);

        timings.LiveInterval.Should().Be(TimeSpan.FromSeconds(2.5), "5 match-day minutes");
        timings.SignalFollowUp.Should().Be(TimeSpan.FromSeconds(8) / 120);
        timings.SignalPollEvery.Should().Be(TimeSpan.FromSeconds(200) / 120);
        timings.FotMobWindow.Should().Be(TimeSpan.FromSeconds(1));
        timings.CorrectionChecks.Should().Equal(TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(1));
        timings.NodeArgs().Should().Contain(["--Fixtures:LiveInterval=00:00:02.5000000", "--RateLimits:Intervals:fotmob:Initial=00:00:01", "--Fixtures:CorrectionChecks:1=00:01:00"]);
    }
}

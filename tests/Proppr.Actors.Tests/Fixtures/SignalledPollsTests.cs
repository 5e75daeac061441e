using Proppr.Actors.Fixtures;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>The polls the odds ask for: at once, again while FotMob does not show the event, never a storm.</summary>
public sealed class SignalledPollsTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 5, 17, 0, 0, TimeSpan.Zero);
    private static readonly FixtureSettings Settings = FixtureSettings.Default;
    private readonly SignalledPolls _polls = new(Settings);

    [Fact]
    public void A_signal_polls_at_once_and_again_until_FotMob_shows_one_more_event_than_the_answer_before()
    {
        _polls.Signal(Start, mayBeGoal: true).Should().BeTrue();

        // The fixture last looked minutes ago: shots and fouls since then are no sign of the event told of.
        _polls.Answered(Start.AddSeconds(1), eventsShown: 8).Should().Be(Settings.SignalFollowUp);
        _polls.InEpisode.Should().BeTrue();
        _polls.Answered(Start.AddSeconds(9), eventsShown: 9).Should().BeNull("FotMob shows the event");
        _polls.InEpisode.Should().BeFalse();
    }

    [Fact]
    public void An_event_FotMob_never_shows_is_asked_for_a_bounded_number_of_times()
    {
        _polls.Signal(Start, mayBeGoal: true).Should().BeTrue();
        var at = Start;
        var followUps = 0;
        while (_polls.Answered(at, 3) is { } wait)
        {
            followUps++;
            at += wait;
        }

        followUps.Should().Be(Settings.SignalFollowUps);
    }

    [Fact]
    public void A_flickering_market_does_not_multiply_polls()
    {
        var polls = 0;
        var at = Start;
        // A suspension every two seconds for two minutes; FotMob never shows anything new.
        for (var flicker = 0; flicker < 60; flicker++, at = at.AddSeconds(2))
        {
            if (_polls.Signal(at, mayBeGoal: true))
            {
                polls++;
            }
            if (_polls.InEpisode && _polls.Answered(at.AddSeconds(1), 3) is not null)
            {
                polls++;
            }
        }

        var refilled = (int)(TimeSpan.FromMinutes(2) / Settings.SignalPollEvery);
        polls.Should().BeInRange(1, Settings.SignalPollBurst + refilled);
    }

    [Fact]
    public void Players_shots_and_fouls_leave_a_whole_episode_for_a_goal()
    {
        var at = Start;
        var minorEpisodes = 0;
        // Shot after shot the odds tell of, each asked for in vain until the bucket holds only the goal's share.
        while (_polls.Signal(at, mayBeGoal: false))
        {
            minorEpisodes++;
            while (_polls.Answered(at, 3) is { } wait)
            {
                at += wait;
            }
        }

        minorEpisodes.Should().BeGreaterThan(0);
        _polls.Signal(at, mayBeGoal: true).Should().BeTrue("a goal may decide every bet of the match");
        var followUps = 0;
        while (_polls.Answered(at, 3) is { } wait)
        {
            followUps++;
            at += wait;
        }
        followUps.Should().Be(Settings.SignalFollowUps, "the goal's episode has all its polls");
    }

    [Fact]
    public void Spent_polls_come_back_one_each_interval()
    {
        var at = Start;
        while (_polls.Signal(at, mayBeGoal: true))
        {
            while (_polls.Answered(at, 3) is { } wait)
            {
                at += wait;
            }
        }

        _polls.Signal(at + (Settings.SignalPollEvery / 2), mayBeGoal: true).Should().BeFalse("the bucket is empty");
        _polls.Signal(at + Settings.SignalPollEvery, mayBeGoal: true).Should().BeTrue("one poll came back");
    }
}

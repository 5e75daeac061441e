using Proppr.Actors.Fixtures;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>The polls the odds ask for: at once, again while FotMob does not show the event, never a storm.</summary>
public sealed class SignalledPollsTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 5, 17, 0, 0, TimeSpan.Zero);
    private static readonly FixtureSettings Settings = FixtureSettings.Default;
    private readonly SignalledPolls _polls = new(Settings);

    [Fact]
    public void A_signal_polls_at_once_and_again_until_FotMob_shows_one_more_event()
    {
        _polls.Signal(Start, eventsShown: 3).Should().BeTrue();

        _polls.Answered(Start.AddSeconds(1), eventsShown: 3).Should().Be(Settings.SignalFollowUp);
        _polls.Answered(Start.AddSeconds(10), eventsShown: 4).Should().BeNull("FotMob shows the event");
        _polls.InEpisode.Should().BeFalse();
    }

    [Fact]
    public void An_event_FotMob_never_shows_is_asked_for_a_bounded_number_of_times()
    {
        _polls.Signal(Start, 3).Should().BeTrue();
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
            if (_polls.Signal(at, 3))
            {
                polls++;
            }
            if (_polls.InEpisode && _polls.Answered(at.AddSeconds(1), 3) is not null)
            {
                polls++;
            }
        }

        polls.Should().BeLessThanOrEqualTo(Settings.SignalPollLimit);
        polls.Should().BeGreaterThan(0);
    }
}

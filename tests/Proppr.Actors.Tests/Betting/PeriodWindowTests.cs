using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Tests.Betting;

public class PeriodWindowTests
{
    [Fact]
    public void The_first_half_has_ended_once_the_clock_or_the_provider_has_moved_past_it()
    {
        PeriodWindow.FirstHalf.HasEnded(new MatchBuilder().Live(45, 4).Build()).Should().BeFalse();
        PeriodWindow.FirstHalf.HasEnded(new MatchBuilder().Live(46).Build() with { EndedPeriods = [] }).Should().BeTrue();
        PeriodWindow.FirstHalf.HasEnded(new MatchBuilder().HalfTime().Build() with { EndedPeriods = [] }).Should().BeTrue();
        var secondHalfStarted = new MatchBuilder().Build() with
        {
            Status = MatchStatus.Live,
            PeriodStarts = ImmutableDictionary<MatchPeriod, DateTimeOffset>.Empty.Add(MatchPeriod.SecondHalf, MatchBuilder.Kickoff.AddMinutes(62)),
        };
        PeriodWindow.FirstHalf.HasEnded(secondHalfStarted).Should().BeTrue();
    }

    [Fact]
    public void Regulation_ends_at_the_full_time_whistle_not_in_stoppage_time()
    {
        PeriodWindow.FullTime.HasEnded(new MatchBuilder().Live(90, 6).Build()).Should().BeFalse();
        PeriodWindow.SecondHalf.HasEnded(new MatchBuilder().Live(90, 6).Build()).Should().BeFalse();
        PeriodWindow.FullTime.HasEnded(new MatchBuilder().Goal(Side.Home, 93).Build() with { Status = MatchStatus.Live }).Should().BeTrue();
        PeriodWindow.FullTime.HasEnded(new MatchBuilder().FullTime().Build() with { EndedPeriods = [] }).Should().BeTrue();
    }

    [Fact]
    public void Goals_are_counted_by_period()
    {
        var match = new MatchBuilder().Goal(Side.Home, 45, added: 3).Goal(Side.Away, 46).Goal(Side.Away, 90, added: 5).Goal(Side.Home, 118).Build();

        PeriodWindow.FirstHalf.Goals(match).Should().Be(new Score(1, 0));
        PeriodWindow.SecondHalf.Goals(match).Should().Be(new Score(0, 2));
        PeriodWindow.FullTime.Goals(match).Should().Be(new Score(1, 2));
        PeriodWindow.SecondHalf.GoalsBefore(match).Should().Be(new Score(1, 0));
        PeriodWindow.FullTime.GoalsBefore(match).Should().Be(Score.Nil);
    }
}

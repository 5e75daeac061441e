using Proppr.Actors.Matches;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;
using Proppr.TestSupport;

namespace Proppr.Replay.Tests.Timeline;

public class ReplayClockTests
{
    private static readonly DateTimeOffset RealStart = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void At_speed_90_a_minute_of_real_time_is_ninety_minutes_of_match_day()
    {
        var time = new ManualTime(RealStart);
        var clock = new ReplayClock(time, new DateTimeOffset(2025, 3, 15, 14, 0, 0, TimeSpan.Zero), speed: 90);

        time.Advance(TimeSpan.FromSeconds(60));

        clock.Now.Should().Be(new DateTimeOffset(2025, 3, 15, 15, 30, 0, TimeSpan.Zero));
        clock.RealInstant(new DateTimeOffset(2025, 3, 15, 14, 45, 0, TimeSpan.Zero)).Should().Be(RealStart.AddSeconds(30));
        clock.RealDuration(TimeSpan.FromMinutes(90)).Should().Be(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void A_match_goes_from_lineups_through_both_halves_to_its_correction()
    {
        var day = MatchDayGenerator.Generate(new MatchDayOptions { Seed = 2, Fixtures = 6, CorrectionShare = 1 });
        var match = day.Matches.First(m => !m.Postponed);
        var schedule = new MatchSchedule(match);
        var (added1, added2) = (match.Facts.FirstHalfAdded, match.Facts.SecondHalfAdded);

        schedule.At(match.Kickoff.AddMinutes(-61)).Phase.Should().Be(MatchPhase.Scheduled);
        schedule.At(match.Kickoff.AddMinutes(-59)).Phase.Should().Be(MatchPhase.LineupsOut);
        schedule.At(match.Kickoff.AddSeconds(30)).Clock.Should().Be(new MatchTime(1));
        schedule.At(match.Kickoff.AddMinutes(44.5)).Clock.Should().Be(new MatchTime(45));
        schedule.At(match.Kickoff.AddMinutes(45 + added1 - 0.5)).Clock.Should().Be(new MatchTime(45, added1));
        schedule.At(schedule.FirstHalfEnd.AddMinutes(1)).Phase.Should().Be(MatchPhase.HalfTime);
        schedule.At(schedule.FirstHalfEnd.AddMinutes(1)).Cutoff.Should().Be(new MatchTime(45, added1));
        schedule.At(schedule.SecondHalfStart.AddSeconds(10)).Clock.Should().Be(new MatchTime(46));
        schedule.At(schedule.FullTime.AddSeconds(-10)).Clock.Should().Be(new MatchTime(90, added2));
        schedule.SecondHalfStart.Should().Be(schedule.FirstHalfEnd + MatchSchedule.HalfTimeBreak);

        var final = schedule.At(schedule.FullTime);
        final.Phase.Should().Be(MatchPhase.Finished);
        final.Corrected.Should().BeFalse();
        schedule.At(schedule.CorrectionAt!.Value).Corrected.Should().BeTrue();
        new MatchSchedule(day.Matches.Single(m => m.Postponed)).At(match.Kickoff.AddHours(1)).Phase.Should().Be(MatchPhase.Postponed);
    }
}

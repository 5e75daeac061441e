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
        var day = MatchDayGenerator.Generate(new MatchDayOptions { Seed = 2, Fixtures = 6, CorrectionShare = 1, Quirks = FeedQuirkRates.None });
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

    [Fact]
    public void A_cup_tie_level_at_90_plays_extra_time_then_a_kick_a_minute()
    {
        var day = MatchDayGenerator.Generate(new MatchDayOptions { Seed = 4, Fixtures = 6, Quirks = FeedQuirkRates.Every, Eras = FotMobEraMix.Latest });
        var match = day.Matches.First(m => m.Quirks.Shootout is not null);
        var schedule = new MatchSchedule(match);

        schedule.At(schedule.FullTime.AddMinutes(1)).Phase.Should().Be(MatchPhase.ExtraTime);
        schedule.At(schedule.FirstExtraHalfStart!.Value.AddSeconds(10)).Clock.Should().Be(new MatchTime(91));
        schedule.At(schedule.SecondExtraHalfStart!.Value.AddMinutes(14.5)).Clock.Should().Be(new MatchTime(120));
        schedule.At(schedule.ShootoutStart!.Value).Phase.Should().Be(MatchPhase.PenaltyShootout);
        schedule.KicksTaken(schedule.ShootoutStart.Value).Should().Be(1);
        schedule.End.Should().Be(schedule.ShootoutStart.Value.AddMinutes(match.Quirks.Shootout!.Kicks.Length));
        schedule.At(schedule.End).Phase.Should().Be(MatchPhase.Finished);
        schedule.At(schedule.End).Cutoff.Should().Be(new MatchTime(90, match.Facts.SecondHalfAdded), "extra time adds no facts");
    }

    [Fact]
    public void An_abandoned_match_stops_in_the_minute_it_was_stopped_and_publishes_nothing_after()
    {
        var day = MatchDayGenerator.Generate(new MatchDayOptions { Seed = 4, Fixtures = 6, Quirks = FeedQuirkRates.Every, Eras = FotMobEraMix.Latest });
        var match = day.Matches.First(m => m.Quirks.AbandonedAt is not null);
        var schedule = new MatchSchedule(match);
        var stopped = match.Quirks.AbandonedAt!.Value;

        schedule.At(schedule.HappenedAt(stopped)).Clock.Should().Be(stopped);
        var after = schedule.At(schedule.End.AddHours(3));
        after.Phase.Should().Be(MatchPhase.Abandoned);
        after.Cutoff.Should().Be(stopped);
        after.InPlay.Should().BeFalse();
        schedule.End.Should().BeBefore(schedule.FullTime);
    }
}

using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.Stats;
using Proppr.Replay.FotMob;
using Proppr.Replay.Generation;
using Proppr.Replay.Odds;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.Tests.Timeline;

/// <summary>
/// Extra time and penalties, an abandonment and an award run through everything that reads a replayed match: the
/// odds pricer and events (open in regulation, deleted after it), the FotMob writer and parser at every minute, and the
/// stats extractor on the final payload (regulation figures after extra time; nothing for a match never finished).
/// </summary>
public class MatchEndingEventsTests
{
    private static readonly MatchDay Day = MatchDayGenerator.Generate(new MatchDayOptions { Seed = 4, Fixtures = 6, Quirks = FeedQuirkRates.Every, Eras = FotMobEraMix.Latest });

    public static TheoryData<FeedQuirk> Events => [FeedQuirk.ExtraTimeAndPenalties, FeedQuirk.Abandoned, FeedQuirk.Awarded];

    [Theory]
    [MemberData(nameof(Events))]
    public void The_odds_the_feed_and_the_stats_extractor_read_the_match_minute_by_minute(FeedQuirk quirk)
    {
        var match = Day.Matches.First(m => m.Quirks.Present.Contains(quirk));
        var schedule = new MatchSchedule(match);
        var bookmaker = Bookmaker.Defaults[0];
        for (var at = schedule.Kickoff.AddMinutes(-5); at <= schedule.End.AddMinutes(30); at = at.AddMinutes(1))
        {
            var moment = schedule.At(at);
            var quote = OddsPricer.Quote(match, bookmaker, at);
            quote.Availability.Should().Be(moment.RegulationOver || moment.Over ? OddsAvailability.Deleted
                : moment.Phase == MatchPhase.HalfTime ? OddsAvailability.NoMarkets
                : OddsAvailability.Open, $"at {moment.Phase}");
            OddsJson.Event(match, at)["status"]!.GetValue<string>().Should().Be(OddsJson.Status(moment));
            var parsed = FotMobParser.Parse(FotMobMatchWriter.Write(match, at));
            parsed.RegulationScore.Should().Be(MatchTally.Of(match, moment).Score, $"the goals of play at {at:HH:mm}");
        }

        var final = FotMobParser.Parse(FotMobMatchWriter.Write(match, schedule.End.AddHours(3)));
        var record = MatchStatsExtractor.Extract(final);
        if (quirk == FeedQuirk.Abandoned)
        {
            record.Should().BeNull("an abandoned match was not played to the end");
            return;
        }
        var goals = record!.Teams.Single(t => t.Home).Figures.Single(f => f.Period == BetPeriod.FullTime && f.Stat == Stat.Goals);
        var played = MatchTally.Of(match, schedule.At(schedule.End.AddHours(3))).Score;
        (goals.For, goals.Against).Should().Be((played.Home, played.Away), "figures are regulation time's, as played on the pitch");
    }
}

using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.Replay.FotMob;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.Tests.FotMob;

/// <summary>
/// Each shape era the writer produces reads back, through the project's parser, as the same match as the 2024/25
/// shape does: status, scores, goals, cards, periods and every player's role, marks and stats, at each stage of play.
/// </summary>
public class FotMobEraTests
{
    private static readonly MatchDay Day = MatchDayGenerator.Generate(new MatchDayOptions
    {
        Seed = 4, Fixtures = 8, Quirks = FeedQuirkRates.Every, Eras = FotMobEraMix.Every,
    });

    public static TheoryData<FotMobEra> OlderAndNewer => [FotMobEra.Legacy2020, FotMobEra.Season2023, FotMobEra.Fetched2026];

    /// <summary>What the 2020 shape carries of each side's team table and each player's stats.</summary>
    private static readonly Stat[] TeamStats2020 = [Stat.Corners, Stat.Fouls, Stat.Offsides, Stat.Shots, Stat.ShotsOnTarget];

    [Fact]
    public void Eras_are_drawn_per_match_and_the_tidy_feed_has_the_2024_shape_only()
    {
        var realistic = Enumerable.Range(1, 10).SelectMany(seed => MatchDayGenerator.Generate(new MatchDayOptions { Seed = seed, Fixtures = 20 }).Matches).ToList();
        var tidy = MatchDayGenerator.Generate(new MatchDayOptions { Seed = 1, Fixtures = 20, Quirks = FeedQuirkRates.None });

        realistic.GroupBy(m => m.Era).Should().HaveCount(4).And.OnlyContain(g => g.Count() >= 5);
        tidy.Matches.Should().OnlyContain(m => m.Era == FotMobEra.Season2024);
        Day.Matches.Where(m => !m.Postponed).Select(m => m.Era).Distinct().Should().HaveCount(4);
    }

    [Theory]
    [MemberData(nameof(OlderAndNewer))]
    public void An_era_reads_back_as_the_same_match_as_the_2024_shape(FotMobEra era)
    {
        foreach (var match in Day.Matches.Where(m => m.Era == era && !m.Postponed))
        {
            var schedule = new MatchSchedule(match);
            foreach (var at in new[] { schedule.Kickoff.AddMinutes(-30), schedule.Kickoff.AddMinutes(30), schedule.End.AddMinutes(-1), schedule.End.AddHours(3) })
            {
                var shaped = FotMobParser.Parse(FotMobMatchWriter.Write(match, at));
                var latest = FotMobParser.Parse(FotMobMatchWriter.Write(match with { Era = FotMobEra.Season2024 }, at));
                var because = $"match {match.MatchId} in the {era} shape at {at:HH:mm}";

                shaped.Status.Should().Be(latest.Status, because);
                shaped.Score.Should().Be(latest.Score, because);
                shaped.ScoreByPeriod.Should().BeEquivalentTo(latest.ScoreByPeriod, because);
                shaped.ShootoutScore.Should().Be(latest.ShootoutScore, because);
                shaped.WentToExtraTime.Should().Be(latest.WentToExtraTime, because);
                shaped.EndedPeriods.Should().BeEquivalentTo(latest.EndedPeriods, because);
                shaped.Goals.Should().BeEquivalentTo(latest.Goals, because);
                shaped.Cards.Should().BeEquivalentTo(latest.Cards, because);
                // Lineups without a lineupType count as confirmed from kickoff.
                shaped.Lineup.Confirmed.Should().Be(latest.Lineup.Confirmed && (era == FotMobEra.Fetched2026 || at >= schedule.Kickoff), because);
                if (era == FotMobEra.Legacy2020)
                {
                    foreach (var stat in TeamStats2020)
                    {
                        shaped.TeamStats.Total(stat).Should().Be(latest.TeamStats.Total(stat), $"{stat}, {because}");
                    }
                    foreach (var player in latest.Lineup.Players.Where(p => p.Role != PlayerRole.Unavailable))
                    {
                        var found = shaped.Lineup.Find(player.Id);
                        found.Should().BeEquivalentTo(player, options => options.Including(p => p.Role).Including(p => p.SubbedOn).Including(p => p.SubbedOff), because);
                        found!.Stats.Should().BeEquivalentTo(player.Stats.Remove(Stat.ExpectedGoals), "2020 had no xG; " + because);
                    }
                    continue;
                }
                shaped.TeamStats.Should().BeEquivalentTo(latest.TeamStats, because);
                foreach (var player in latest.Lineup.Players.Where(p => p.Role != PlayerRole.Unavailable || era != FotMobEra.Fetched2026))
                {
                    shaped.Lineup.Find(player.Id).Should().BeEquivalentTo(player, options => options.Excluding(p => p.Name), because);
                }
            }
        }
    }
}

using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Stats;
using Proppr.Actors.Tests.Matches.FotMob;

namespace Proppr.Actors.Tests.Stats;

/// <summary>
/// Counts of real matches as the pipeline records them. Expected numbers were read with jq from the payloads'
/// <c>content.stats.Periods</c> tables, goal events and lineup stats (see the comments), not from this code.
/// </summary>
public sealed class MatchStatsExtractorTests
{
    private static TeamFigure Figure(MatchStatsRecord record, long teamId, BetPeriod period, Stat stat) =>
        record.Teams.Single(t => t.TeamId == teamId).Figures.Single(f => f.Period == period && f.Stat == stat);

    private static decimal? PlayerValue(MatchStatsRecord record, long playerId, BetPeriod period, Stat stat) =>
        record.Players.Single(p => p.PlayerId == playerId).Figures.SingleOrDefault(f => f.Period == period && f.Stat == stat)?.Value;

    [Fact]
    public void Liverpool_v_Manchester_United_2025_by_team_and_half()
    {
        var record = MatchStatsExtractor.Extract(SavedMatches.Parse(SavedMatches.LiverpoolManUtd2025))!;

        record.FixtureId.Should().Be(4506508);
        record.Kickoff.Should().Be(new DateTimeOffset(2025, 1, 5, 16, 30, 0, TimeSpan.Zero));
        record.Teams.Select(t => (t.TeamId, t.TeamName, t.OpponentId, t.Home)).Should().Equal(
            (8650L, "Liverpool", 10260L, true), (10260L, "Manchester United", 8650L, false));
        // Periods.All: corners [6,9], total_shots [19,13], ShotsOnTarget [6,4], fouls [10,13], yellow_cards [2,4], expected_goals ["2.82","1.05"].
        Figure(record, 8650, BetPeriod.FullTime, Stat.Corners).Should().Be(new TeamFigure(BetPeriod.FullTime, Stat.Corners, 6, 9));
        Figure(record, 10260, BetPeriod.FullTime, Stat.Corners).Should().Be(new TeamFigure(BetPeriod.FullTime, Stat.Corners, 9, 6));
        Figure(record, 8650, BetPeriod.FullTime, Stat.Shots).For.Should().Be(19);
        Figure(record, 10260, BetPeriod.FullTime, Stat.ShotsOnTarget).For.Should().Be(4);
        Figure(record, 10260, BetPeriod.FullTime, Stat.Fouls).Should().Match<TeamFigure>(f => f.For == 13 && f.Against == 10);
        Figure(record, 10260, BetPeriod.FullTime, Stat.YellowCards).Should().Match<TeamFigure>(f => f.For == 4 && f.Against == 2);
        Figure(record, 8650, BetPeriod.FullTime, Stat.ExpectedGoals).Should().Match<TeamFigure>(f => f.For == 2.82m && f.Against == 1.05m);
        // FirstHalf: corners [2,2], expected_goals ["1.15","0.44"]; SecondHalf: corners [4,7]. Goals: 52' (away), 59', 70' (home), 80' (away).
        Figure(record, 8650, BetPeriod.FirstHalf, Stat.Corners).Should().Match<TeamFigure>(f => f.For == 2 && f.Against == 2);
        Figure(record, 10260, BetPeriod.SecondHalf, Stat.Corners).Should().Match<TeamFigure>(f => f.For == 7 && f.Against == 4);
        Figure(record, 10260, BetPeriod.FirstHalf, Stat.ExpectedGoals).Should().Match<TeamFigure>(f => f.For == 0.44m && f.Against == 1.15m);
        Figure(record, 8650, BetPeriod.FirstHalf, Stat.Goals).Should().Match<TeamFigure>(f => f.For == 0 && f.Against == 0);
        Figure(record, 8650, BetPeriod.SecondHalf, Stat.Goals).Should().Match<TeamFigure>(f => f.For == 2 && f.Against == 2);
    }

    [Fact]
    public void Players_who_played_get_whole_match_stats_and_half_counts_from_the_shot_map()
    {
        var record = MatchStatsExtractor.Extract(SavedMatches.Parse(SavedMatches.LiverpoolManUtd2025))!;

        // Dalot (751550), playerStats: minutes_played 90, total_shots 2, accurate_passes 29/40, expected_goals 0.04,
        // fouls 2; shot map: one shot at 43' (first half), one at 49'.
        var dalot = record.Players.Single(p => p.PlayerId == 751550);
        dalot.Should().Match<PlayerMatchLine>(p => p.TeamId == 10260 && p.Started && p.PlayerName == "Diogo Dalot");
        PlayerValue(record, 751550, BetPeriod.FullTime, Stat.MinutesPlayed).Should().Be(90);
        PlayerValue(record, 751550, BetPeriod.FullTime, Stat.Shots).Should().Be(2);
        PlayerValue(record, 751550, BetPeriod.FullTime, Stat.Passes).Should().Be(29);
        PlayerValue(record, 751550, BetPeriod.FullTime, Stat.ExpectedGoals).Should().Be(0.04m);
        PlayerValue(record, 751550, BetPeriod.FullTime, Stat.Fouls).Should().Be(2);
        PlayerValue(record, 751550, BetPeriod.FirstHalf, Stat.Shots).Should().Be(1);
        PlayerValue(record, 751550, BetPeriod.SecondHalf, Stat.Shots).Should().Be(1);
        PlayerValue(record, 751550, BetPeriod.FirstHalf, Stat.Passes).Should().BeNull("passes are not split by half anywhere");
        PlayerValue(record, 751550, BetPeriod.FirstHalf, Stat.MinutesPlayed).Should().BeNull();
        record.Players.Should().OnlyContain(p => p.Figures.Any(f => f.Stat == Stat.MinutesPlayed), "only players who played are listed");
    }

    [Fact]
    public void A_final_with_extra_time_counts_regulation_only_and_takes_xg_from_the_two_halves()
    {
        var record = MatchStatsExtractor.Extract(SavedMatches.Parse(SavedMatches.ArgentinaFrance2022))!;
        var argentina = record.Teams[0].TeamId;

        // FirstHalf corners [2,0] + SecondHalf [2,3]; All says [6,5] with extra time. xG 1.41 + 0.40 and 0.00 + 1.12.
        Figure(record, argentina, BetPeriod.FullTime, Stat.Corners).Should().Match<TeamFigure>(f => f.For == 4 && f.Against == 3);
        Figure(record, argentina, BetPeriod.FullTime, Stat.ExpectedGoals).Should().Match<TeamFigure>(f => f.For == 1.81m && f.Against == 1.12m);
        // 2-2 after 90 minutes (23', 36'; 80', 81'), 3-3 after extra time.
        Figure(record, argentina, BetPeriod.FullTime, Stat.Goals).Should().Match<TeamFigure>(f => f.For == 2 && f.Against == 2);
    }

    [Fact]
    public void Matches_not_played_to_the_end_give_no_record()
    {
        MatchStatsExtractor.Extract(SavedMatches.Parse(SavedMatches.FredrikstadSandefjordPreMatch)).Should().BeNull();
        MatchStatsExtractor.Extract(SavedMatches.Parse(SavedMatches.LiverpoolManUtd2025) with { Status = MatchStatus.Abandoned }).Should().BeNull();
    }

    [Fact]
    public void A_pre_match_snapshot_is_an_upcoming_fixture_with_its_starters()
    {
        var upcoming = UpcomingFixture.From(SavedMatches.Parse(SavedMatches.FredrikstadSandefjordPreMatch))!;

        upcoming.Should().Match<UpcomingFixture>(u => u.FixtureId == 5104961 && u.HomeName == "Fredrikstad" && u.AwayName == "Sandefjord" &&
                                                      u.Kickoff == new DateTimeOffset(2026, 8, 1, 14, 0, 0, TimeSpan.Zero));
        upcoming.Players.Should().OnlyContain(p => p.TeamId == upcoming.HomeId || p.TeamId == upcoming.AwayId);
        UpcomingFixture.From(SavedMatches.Parse(SavedMatches.LiverpoolManUtd2025)).Should().BeNull("it has been played");
    }
}

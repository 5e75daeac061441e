using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Stats;

namespace Proppr.Actors.Tests.Stats;

public sealed class AverageRulesTests
{
    /// <summary>Match <paramref name="i"/> of a run played one a month from September 2024.</summary>
    private static MatchValue Monthly(int i, decimal value, decimal against) =>
        new(i, new DateTimeOffset(2024, 9, 10, 15, 0, 0, TimeSpan.Zero).AddMonths(i - 1), value, against);

    [Theory]
    [InlineData(2024, 8, 18, "2024/25")]
    [InlineData(2025, 1, 5, "2024/25")]
    [InlineData(2025, 6, 30, "2024/25")]
    [InlineData(2025, 7, 1, "2025/26")]
    [InlineData(1999, 12, 31, "1999/00")]
    public void A_season_runs_from_july(int year, int month, int day, string season) =>
        SeasonCalendar.European.SeasonOf(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero)).Should().Be(season);

    [Fact]
    public void A_calendar_year_league_names_its_season_by_the_year() =>
        new SeasonCalendar(StartMonth: 1).SeasonOf(new DateTimeOffset(2026, 8, 1, 14, 0, 0, TimeSpan.Zero)).Should().Be("2026");

    [Fact]
    public void The_windows_take_the_latest_matches_whatever_order_they_come_in()
    {
        // Twelve matches, one a month from September 2024, valued 1..12 for and 9..-2 against; the last two (July and
        // August 2025) are in the 2025/26 season.
        var matches = Enumerable.Range(1, 12).Select(i => Monthly(i, i, 10 - i)).Reverse().ToList();

        var averages = RollingAverages.Of(matches, SeasonCalendar.European);

        averages.Last5.Should().Be(new WindowAverage(5, 10m, 0m), "(8+9+10+11+12)/5 for, (2+1+0-1-2)/5 against");
        averages.Last10.Should().Be(new WindowAverage(10, 7.5m, 2.5m), "(3+...+12)/10");
        averages.SeasonName.Should().Be("2025/26");
        averages.Season.Should().Be(new WindowAverage(2, 11.5m, -1.5m), "July and August 2025: 11 and 12");
    }

    [Fact]
    public void No_matches_no_averages() =>
        RollingAverages.Of([], SeasonCalendar.European).Should().Be(new AverageSet(WindowAverage.None, WindowAverage.None, WindowAverage.None, null));

    [Theory]
    [InlineData(2.33, 2.5)]
    [InlineData(2.99, 2.5)]
    [InlineData(3.0, 3.5)]
    [InlineData(0.2, 0.5)]
    [InlineData(13.75, 13.5)]
    public void The_nearest_half_line(double expected, double line) =>
        HalfLine.Nearest((decimal)expected).Should().Be((decimal)line);

    [Fact]
    public void Each_side_expects_the_mean_of_what_it_makes_and_what_its_opponent_concedes()
    {
        var home = new Dictionary<(BetPeriod, Stat), WindowAverage>
        {
            [(BetPeriod.FullTime, Stat.Corners)] = new(10, 6.2m, 3.9m),
            [(BetPeriod.FullTime, Stat.Goals)] = new(10, 1.8m, 0.9m),
            [(BetPeriod.FirstHalf, Stat.Corners)] = new(0, 0m, 0m),
        };
        var away = new Dictionary<(BetPeriod, Stat), WindowAverage>
        {
            [(BetPeriod.FullTime, Stat.Corners)] = new(7, 4.4m, 5.6m),
            [(BetPeriod.FullTime, Stat.Goals)] = new(7, 1.1m, 1.5m),
            [(BetPeriod.FirstHalf, Stat.Corners)] = new(7, 2m, 2m),
        };

        var lines = LinePredictor.Lines(home, away);

        // Corners: home (6.2 + 5.6) / 2 = 5.9, away (4.4 + 3.9) / 2 = 4.15, total 10.05.
        // Goals: home (1.8 + 1.5) / 2 = 1.65, away (1.1 + 0.9) / 2 = 1, total 2.65.
        lines.Should().Equal(
            new PredictedLine(BetPeriod.FullTime, Stat.Goals, 2.65m, 2.5m, 1.65m, 1.5m, 1m, 1.5m, 7),
            new PredictedLine(BetPeriod.FullTime, Stat.Corners, 10.05m, 10.5m, 5.9m, 5.5m, 4.15m, 4.5m, 7));
    }

    [Fact]
    public void A_player_is_projected_from_his_average_per_appearance()
    {
        LinePredictor.Player(751550, "Diogo Dalot", 10260, Stat.Shots, new WindowAverage(3, 1m, 0m))
            .Should().Be(new PlayerProjection(751550, "Diogo Dalot", 10260, Stat.Shots, 1m, 1.5m, 3));
        LinePredictor.Player(1, "New Signing", 10260, Stat.Shots, WindowAverage.None).Should().BeNull();
    }
}

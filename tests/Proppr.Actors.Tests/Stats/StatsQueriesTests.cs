using Proppr.Actors.Betting;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;
using Proppr.Actors.Stats;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Stats;

/// <summary>
/// Averages over three real Manchester United away games, recorded and read back on both databases. Expected values
/// were worked out by hand from jq reads of the payloads (<c>content.stats.Periods</c> rows, goal events, the lineup's
/// player stats and the shot map):
/// <list type="bullet">
/// <item>4193490 Arsenal 3-1 Man Utd, 3 Sep 2023 (2023/24): corners 12-3 (first half 8-1), xG 2.27-0.94 (second half 1.43-0.65), goals 3-1.</item>
/// <item>4193696 Liverpool 0-0 Man Utd, 17 Dec 2023 (2023/24): corners 12-0 (9-0), xG 2.38-0.75 (1.22-0.69), a red for United.</item>
/// <item>4506508 Liverpool 2-2 Man Utd, 5 Jan 2025 (2024/25): corners 6-9 (2-2), xG 2.82-1.05 (1.67-0.61).</item>
/// </list>
/// Dalot (751550) played all three: shots 1, 0, 2; accurate passes 11, 17, 29; minutes 90, 89, 90; xG 0.03, none, 0.04;
/// first-half shots on the shot map 0, 0, 1.
/// </summary>
public sealed class StatsQueriesTests
{
    private const long ManUtd = 10260;
    private const long Liverpool = 8650;
    private const long Dalot = 751550;
    private static readonly CancellationToken None = CancellationToken.None;

    private static Task WithThreeMatches(DatabaseProvider provider, Func<StatsQueries, Task> test) =>
        TestDatabases.UseAsync(provider, async database =>
        {
            var store = new StatsStore(database);
            await store.EnsureCreatedAsync(None);
            foreach (var id in new[] { SavedMatches.LiverpoolManUtd2025, SavedMatches.ArsenalManUtd2023, SavedMatches.LiverpoolManUtd2023 })
            {
                await store.SaveMatchAsync(MatchStatsExtractor.Extract(SavedMatches.Parse(id))!, None);
            }
            await test(new StatsQueries(database, SeasonCalendar.European));
        });

    private static AverageSet Of(IEnumerable<StatAverages> averages, BetPeriod period, Stat stat) =>
        averages.Single(a => a.Period == period && a.Stat == stat).Averages;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_team_shows_its_last_five_last_ten_and_season_for_and_against_by_period(DatabaseProvider provider) =>
        WithThreeMatches(provider, async queries =>
        {
            var united = (await queries.TeamStatsAsync(ManUtd, None))!;

            united.Should().Match<TeamStatsView>(t => t.TeamName == "Manchester United" && t.Matches == 3);
            // Corners for 3, 0, 9 and against 12, 12, 6; the season (2024/25) is the January game alone.
            Of(united.Averages, BetPeriod.FullTime, Stat.Corners).Should().Be(new AverageSet(
                new WindowAverage(3, 4m, 10m), new WindowAverage(3, 4m, 10m), new WindowAverage(1, 9m, 6m), "2024/25"));
            // First half: for 1, 0, 2; against 8, 9, 2 (19 / 3).
            Of(united.Averages, BetPeriod.FirstHalf, Stat.Corners).Last5.Should().Be(new WindowAverage(3, 1m, 6.33m));
            // Goals for 1, 0, 2; against 3, 0, 2.
            Of(united.Averages, BetPeriod.FullTime, Stat.Goals).Last5.Should().Be(new WindowAverage(3, 1m, 1.67m));
            // xG for 0.94 + 0.75 + 1.05 = 2.74, against 2.27 + 2.38 + 2.82 = 7.47; second half 0.65 + 0.69 + 0.61, 1.43 + 1.22 + 1.67.
            Of(united.Averages, BetPeriod.FullTime, Stat.ExpectedGoals).Last5.Should().Be(new WindowAverage(3, 0.91m, 2.49m));
            Of(united.Averages, BetPeriod.SecondHalf, Stat.ExpectedGoals).Last5.Should().Be(new WindowAverage(3, 0.65m, 1.44m));
            // Reds 0, 1, 0; yellows by half (card events, as the rules count them: Dalot's yellow before his red
            // counts) 1+2, 2+3, 1+3 for and 1+1, 2+0, 0+2 against.
            Of(united.Averages, BetPeriod.FullTime, Stat.RedCards).Last5.For.Should().Be(0.33m);
            Of(united.Averages, BetPeriod.FullTime, Stat.YellowCards).Last5.Should().Be(new WindowAverage(3, 4m, 2m));

            var liverpool = (await queries.TeamStatsAsync(Liverpool, None))!;
            liverpool.Matches.Should().Be(2);
            Of(liverpool.Averages, BetPeriod.FullTime, Stat.Corners).Last10.Should().Be(new WindowAverage(2, 9m, 4.5m));
            (await queries.TeamStatsAsync(999, None)).Should().BeNull();
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_player_shows_his_averages_per_appearance_and_is_listed_with_his_team(DatabaseProvider provider) =>
        WithThreeMatches(provider, async queries =>
        {
            var dalot = (await queries.PlayerStatsAsync(Dalot, None))!;

            dalot.Should().Match<PlayerStatsView>(p => p.PlayerName == "Diogo Dalot" && p.TeamId == ManUtd && p.Matches == 3);
            Of(dalot.Averages, BetPeriod.FullTime, Stat.Shots).Should().Be(new AverageSet(
                new WindowAverage(3, 1m, 0m), new WindowAverage(3, 1m, 0m), new WindowAverage(1, 2m, 0m), "2024/25"));
            Of(dalot.Averages, BetPeriod.FullTime, Stat.Passes).Last5.For.Should().Be(19m);
            Of(dalot.Averages, BetPeriod.FullTime, Stat.MinutesPlayed).Last5.For.Should().Be(89.67m);
            Of(dalot.Averages, BetPeriod.FullTime, Stat.ExpectedGoals).Last5.For.Should().Be(0.02m, "0.07 over three games, none recorded in December");
            Of(dalot.Averages, BetPeriod.FirstHalf, Stat.Shots).Last5.For.Should().Be(0.33m);

            (await queries.TeamStatsAsync(ManUtd, None))!.Players.Should().ContainSingle(p => p.PlayerId == Dalot);
        });

    [Fact]
    public Task Recording_a_match_again_replaces_its_rows() =>
        TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            var store = new StatsStore(database);
            await store.EnsureCreatedAsync(None);
            var match = MatchStatsExtractor.Extract(SavedMatches.Parse(SavedMatches.LiverpoolManUtd2025))!;
            await store.SaveMatchAsync(match, None);
            var corrected = match with
            {
                Teams = [.. match.Teams.Select(t => t with
                {
                    Figures = [.. t.Figures.Select(f => f.Stat == Stat.Corners && f.Period == BetPeriod.FullTime ? f with { For = f.For + 1 } : f)],
                })],
            };

            await store.SaveMatchAsync(corrected, None);

            var united = (await new StatsQueries(database, SeasonCalendar.European).TeamStatsAsync(ManUtd, None))!;
            united.Matches.Should().Be(1);
            Of(united.Averages, BetPeriod.FullTime, Stat.Corners).Last5.Should().Be(new WindowAverage(1, 10m, 6m), "United's own row was raised from 9, its against left at 6");
        });
}

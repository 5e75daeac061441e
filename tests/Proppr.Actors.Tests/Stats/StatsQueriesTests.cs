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

    private static Task WithTables(DatabaseProvider provider, Func<StatsStore, StatsQueries, Task> test) =>
        TestDatabases.UseAsync(provider, async database =>
        {
            var store = new StatsStore(database);
            DatabaseSchema.Migrate(database);
            await test(store, new StatsQueries(database, SeasonCalendar.European));
        });

    private static Task WithThreeMatches(DatabaseProvider provider, Func<StatsQueries, Task> test) =>
        WithTables(provider, async (store, queries) =>
        {
            foreach (var id in new[] { SavedMatches.LiverpoolManUtd2025, SavedMatches.ArsenalManUtd2023, SavedMatches.LiverpoolManUtd2023 })
            {
                await store.SaveMatchAsync(Extract(id), None);
            }
            await test(queries);
        });

    private static MatchStatsRecord Extract(long matchId) => MatchStatsExtractor.Extract(SavedMatches.Parse(matchId))!;

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

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_team_lists_the_players_of_its_last_ten_matches_each_as_his_own_query_shows_him(DatabaseProvider provider) =>
        WithTables(provider, async (store, queries) =>
        {
            // The December 2023 game, then the September one saved again as ten later fixtures: December drops out of the last ten.
            var december = Extract(SavedMatches.LiverpoolManUtd2023);
            var september = Extract(SavedMatches.ArsenalManUtd2023);
            await store.SaveMatchAsync(december, None);
            for (var i = 1; i <= 10; i++)
            {
                await store.SaveMatchAsync(september with { FixtureId = 9_000_000 + i, Kickoff = december.Kickoff.AddDays(i) }, None);
            }
            var recentIds = UnitedPlayers(september).ToHashSet();
            var decemberOnly = UnitedPlayers(december).Except(recentIds).ToList();

            var united = (await queries.TeamStatsAsync(ManUtd, None))!;

            decemberOnly.Should().NotBeEmpty("the test needs a player the last ten matches leave out");
            united.Matches.Should().Be(11);
            united.Players.Select(p => p.PlayerId).Should().Equal(recentIds.Order());
            foreach (var player in united.Players)
            {
                player.Should().BeEquivalentTo(await queries.PlayerStatsAsync(player.PlayerId, None), o => o.WithStrictOrdering());
            }
            united.Players.Single(p => p.PlayerId == Dalot).Matches.Should().Be(11, "his December game still counts in his own averages");

            var averages = await queries.PlayerAveragesAsync([.. recentIds, .. decemberOnly, 424242], None);
            averages.Keys.Should().BeEquivalentTo(recentIds.Concat(decemberOnly), "a player with no recorded match is absent");
            // Dalot's shots: 0 in December, 1 in each September copy; the last five are copies.
            averages[Dalot][(BetPeriod.FullTime, Stat.Shots)].Should().Be(new AverageSet(
                new WindowAverage(5, 1m, 0m), new WindowAverage(10, 1m, 0m), new WindowAverage(11, 10m / 11m, 0m), "2023/24"));
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task Unplayed_fixtures_come_in_kickoff_order_with_their_players_and_can_be_narrowed_to_teams(DatabaseProvider provider) =>
        WithTables(provider, async (store, queries) =>
        {
            await store.SaveMatchAsync(Extract(SavedMatches.LiverpoolManUtd2025), None);
            var since = new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
            var liverpoolUnited = Upcoming(SavedMatches.LiverpoolManUtd2025, 7_000_001, since.AddDays(1));
            var wolvesCity = Upcoming(SavedMatches.WolvesManCity2020, 7_000_003, since.AddDays(2));
            var mallorcaMadrid = Upcoming(SavedMatches.MallorcaRealMadrid2024, 7_000_002, since.AddDays(2)) with { Players = [] };
            var alreadyPlayed = Upcoming(SavedMatches.LiverpoolManUtd2025, SavedMatches.LiverpoolManUtd2025, since.AddDays(3));
            var tooEarly = Upcoming(SavedMatches.ArsenalManUtd2023, 7_000_004, since.AddHours(-1));
            foreach (var fixture in new[] { wolvesCity, alreadyPlayed, liverpoolUnited, tooEarly, mallorcaMadrid })
            {
                await store.SaveUpcomingAsync(fixture, None);
            }

            var unplayed = await queries.UnplayedAsync(since, None);

            liverpoolUnited.Players.Should().NotBeEmpty();
            wolvesCity.Players.Should().NotBeEmpty();
            unplayed.Should().BeEquivalentTo(
                new[] { liverpoolUnited, mallorcaMadrid, wolvesCity }.Select(AsStored), o => o.WithStrictOrdering(),
                "same kickoff goes by fixture id; a recorded result or an earlier kickoff leaves a fixture out");
            foreach (var fixture in unplayed)
            {
                fixture.Should().BeEquivalentTo(await queries.UpcomingAsync(fixture.FixtureId, None), o => o.WithStrictOrdering());
            }
            (await queries.UnplayedAsync(since, [ManUtd], None)).Select(f => f.FixtureId).Should().Equal(liverpoolUnited.FixtureId);
            (await queries.UnplayedAsync(since, [wolvesCity.AwayId, mallorcaMadrid.AwayId, 424242], None)).Should().BeEquivalentTo(
                new[] { mallorcaMadrid, wolvesCity }.Select(AsStored), o => o.WithStrictOrdering(), "away teams count too");
            (await queries.UnplayedAsync(since, [], None)).Should().BeEmpty();
        });

    private static IEnumerable<long> UnitedPlayers(MatchStatsRecord match) =>
        match.Players.Where(p => p.TeamId == ManUtd && !p.Figures.IsEmpty).Select(p => p.PlayerId).Distinct();

    private static UpcomingFixture Upcoming(long matchId, long fixtureId, DateTimeOffset kickoff) =>
        UpcomingFixture.From(new RealMatch(matchId).BeforeKickoff with { FixtureId = fixtureId, Kickoff = kickoff })!;

    /// <summary>As the table gives a fixture back: each player once, by team then id.</summary>
    private static UpcomingFixture AsStored(UpcomingFixture fixture) => fixture with
    {
        Players = [.. fixture.Players.DistinctBy(p => p.PlayerId).OrderBy(p => p.TeamId).ThenBy(p => p.PlayerId)],
    };

    [Fact]
    public Task Recording_a_match_again_replaces_its_rows() =>
        TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            var store = new StatsStore(database);
            DatabaseSchema.Migrate(database);
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

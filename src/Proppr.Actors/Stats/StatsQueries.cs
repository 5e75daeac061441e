using System.Collections.Immutable;
using System.Data.Common;
using Proppr.Actors.Betting;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;
using Proppr.Actors.ReadModel;

namespace Proppr.Actors.Stats;

/// <summary>
/// The read side of the stats tables: what the HTTP API shows (<see cref="TeamStatsAsync"/>,
/// <see cref="FixtureProjectionsAsync"/>, <see cref="PlayerStatsAsync"/>) and what the pipeline predicts from.
/// Averages are worked out on reading from the per-match rows, so they are never stale. Any node can run these once
/// the tables exist (<see cref="DatabaseSchema"/>).
/// </summary>
public sealed class StatsQueries(DatabaseOptions database, SeasonCalendar calendar)
{
    /// <summary>The players of a team's last this-many matches are listed with it.</summary>
    private const int RecentMatches = 10;

    /// <summary>The condition (on upcoming fixtures <c>u</c>) of a fixture whose result is not recorded yet.</summary>
    private const string Unplayed =
        $"u.kickoff_ms >= @since AND NOT EXISTS (SELECT 1 FROM {StatsSchema.TeamMatches} m WHERE m.fixture_id = u.fixture_id)";

    public async Task<TeamStatsView?> TeamStatsAsync(long teamId, CancellationToken cancellationToken)
    {
        var rows = await TeamRowsAsync(teamId, cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }
        var recent = rows.Select(r => (r.Value.FixtureId, r.Value.Kickoff)).Distinct()
            .OrderByDescending(m => m.Kickoff).Take(RecentMatches).Select(m => m.FixtureId).ToArray();
        // Every row of every player the team used in those matches, in one query (at most RecentMatches fixture ids).
        var (fixtures, fixtureParameters) = DatabaseCommands.ParameterList("fixture", recent);
        var playerRows = await database.QueryAsync($"""
            SELECT * FROM {StatsSchema.PlayerMatches} WHERE player_id IN (
                SELECT player_id FROM {StatsSchema.PlayerMatches} WHERE team_id = @team_id AND fixture_id IN ({fixtures}))
            """,
            ReadPlayerRow, cancellationToken, [("team_id", teamId), .. fixtureParameters]);
        var last5 = await Last5Async(teamId, cancellationToken);
        var results = await ResultsAsync(playerRows, cancellationToken);
        return new TeamStatsView(
            teamId, rows.MaxBy(r => r.Value.Kickoff).Name, rows.Select(r => r.Value.FixtureId).Distinct().Count(),
            [.. Averages(rows).Select(a => a with { Averages = a.Averages.Rounded() })],
            last5, [.. last5.Select(m => m.Result)],
            [.. playerRows.GroupBy(r => r.PlayerId).OrderBy(g => g.Key).Select(g => PlayerView(g.Key, [.. g], results))]);
    }

    public async Task<PlayerStatsView?> PlayerStatsAsync(long playerId, CancellationToken cancellationToken)
    {
        var rows = await PlayerRowsAsync([playerId], cancellationToken);
        return rows.Count == 0 ? null : PlayerView(playerId, rows, await ResultsAsync(rows, cancellationToken));
    }

    /// <summary>Which of these matches have their result recorded (the league crawl fetches only the others).</summary>
    public async Task<IReadOnlySet<long>> RecordedAsync(IEnumerable<long> fixtureIds, CancellationToken cancellationToken) =>
        (await database.QueryInChunksAsync(
            fixtureIds.Distinct(), list => $"SELECT DISTINCT fixture_id FROM {StatsSchema.TeamMatches} WHERE fixture_id IN ({list})",
            reader => reader.Long("fixture_id"), cancellationToken)).ToHashSet();

    /// <summary>The team's last 5 recorded matches, newest first.</summary>
    public async Task<ImmutableArray<RecentMatch>> Last5Async(long teamId, CancellationToken cancellationToken) =>
        [.. (await database.QueryAsync(
            $"{SelectResults} AND m.team_id = @team_id ORDER BY m.kickoff_ms DESC, m.fixture_id DESC LIMIT 5",
            ReadResult, cancellationToken, [("team_id", teamId), .. ResultParameters])).Select(r => r.Match)];

    public async Task<FixtureProjections?> FixtureProjectionsAsync(long fixtureId, CancellationToken cancellationToken)
    {
        if (await UpcomingAsync(fixtureId, cancellationToken) is not { } fixture)
        {
            return null;
        }
        var id = ("fixture_id", (object?)fixtureId);
        var lines = await database.QueryAsync(
            $"SELECT * FROM {StatsSchema.PredictedLines} WHERE fixture_id = @fixture_id",
            reader => (Computed: reader.Time("computed_ms"), Line: new PredictedLine(
                reader.Name("period", StatsCatalog.PeriodNames), reader.Name("stat", StatsCatalog.StatNames),
                reader.Decimal("expected"), reader.Decimal("line"), reader.Decimal("home_expected"), reader.Decimal("home_line"),
                reader.Decimal("away_expected"), reader.Decimal("away_line"), (int)reader.Long("matches"))),
            cancellationToken, id);
        var players = await database.QueryAsync(
            $"SELECT * FROM {StatsSchema.PlayerProjections} WHERE fixture_id = @fixture_id ORDER BY team_id, player_id, stat",
            reader => new PlayerProjection(
                reader.Long("player_id"), reader.Text("player_name"), reader.Long("team_id"), reader.Name("stat", StatsCatalog.StatNames),
                reader.Decimal("expected"), reader.Decimal("line"), (int)reader.Long("matches")),
            cancellationToken, id);
        return new FixtureProjections(
            fixture.FixtureId, fixture.HomeId, fixture.HomeName, fixture.AwayId, fixture.AwayName, fixture.Kickoff,
            lines.Count == 0 ? null : lines.Max(l => l.Computed),
            [.. lines.Select(l => l.Line).OrderBy(l => l.Period).ThenBy(l => StatsCatalog.LineStats.IndexOf(l.Stat))],
            [.. players],
            await Last5Async(fixture.HomeId, cancellationToken), await Last5Async(fixture.AwayId, cancellationToken));
    }

    /// <summary>The team's averages by period and stat, exact (the predictions start from these).</summary>
    public async Task<IReadOnlyDictionary<(BetPeriod Period, Stat Stat), AverageSet>> TeamAveragesAsync(long teamId, CancellationToken cancellationToken) =>
        Averages(await TeamRowsAsync(teamId, cancellationToken)).ToDictionary(a => (a.Period, a.Stat), a => a.Averages);

    /// <summary>The exact averages by period and stat of each of the players with recorded matches (others are absent).</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyDictionary<(BetPeriod Period, Stat Stat), AverageSet>>> PlayerAveragesAsync(
        IEnumerable<long> playerIds, CancellationToken cancellationToken) =>
        (await PlayerRowsAsync(playerIds, cancellationToken)).GroupBy(r => r.PlayerId).ToDictionary(
            g => g.Key,
            IReadOnlyDictionary<(BetPeriod Period, Stat Stat), AverageSet> (g) => Averages(g).ToDictionary(a => (a.Period, a.Stat), a => a.Averages));

    /// <summary>Who played for the team in its latest recorded match: the players projected when no lineup is out.</summary>
    public Task<IReadOnlyList<ExpectedPlayer>> LatestPlayersAsync(long teamId, CancellationToken cancellationToken) =>
        database.QueryAsync($"""
            SELECT DISTINCT player_id, player_name, team_id FROM {StatsSchema.PlayerMatches}
            WHERE team_id = @team_id AND fixture_id = (
                SELECT fixture_id FROM {StatsSchema.PlayerMatches} WHERE team_id = @team_id ORDER BY kickoff_ms DESC, fixture_id DESC LIMIT 1)
            ORDER BY player_id
            """,
            reader => new ExpectedPlayer(reader.Long("player_id"), reader.Text("player_name"), reader.Long("team_id"), false),
            cancellationToken, ("team_id", teamId));

    /// <summary>Upcoming fixtures kicking off at or after <paramref name="since"/> whose result is not recorded yet.</summary>
    public Task<IReadOnlyList<UpcomingFixture>> UnplayedAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        UpcomingWhereAsync(Unplayed, cancellationToken, Since(since));

    /// <summary>The <see cref="UnplayedAsync(DateTimeOffset, CancellationToken)"/> fixtures one of <paramref name="teams"/> plays in.</summary>
    public async Task<IReadOnlyList<UpcomingFixture>> UnplayedAsync(
        DateTimeOffset since, IReadOnlyCollection<long> teams, CancellationToken cancellationToken)
    {
        if (teams.Count == 0)
        {
            return [];
        }
        // A match has two teams: the list never nears the databases' parameter caps.
        var (list, teamParameters) = DatabaseCommands.ParameterList("team", [.. teams]);
        return await UpcomingWhereAsync(
            $"{Unplayed} AND (u.home_id IN ({list}) OR u.away_id IN ({list}))", cancellationToken, [Since(since), .. teamParameters]);
    }

    public async Task<UpcomingFixture?> UpcomingAsync(long fixtureId, CancellationToken cancellationToken) =>
        (await UpcomingWhereAsync("u.fixture_id = @fixture_id", cancellationToken, ("fixture_id", fixtureId))).SingleOrDefault();

    /// <summary>The upcoming fixtures matching <paramref name="condition"/> (on <c>u</c>) with their players, in one query.</summary>
    private async Task<IReadOnlyList<UpcomingFixture>> UpcomingWhereAsync(
        string condition, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var rows = await database.QueryAsync($"""
            SELECT u.fixture_id, u.home_id, u.home_name, u.away_id, u.away_name, u.kickoff_ms, u.league,
                p.player_id, p.player_name, p.team_id, p.confirmed
            FROM {StatsSchema.Upcoming} u LEFT JOIN {StatsSchema.UpcomingPlayers} p ON p.fixture_id = u.fixture_id
            WHERE {condition}
            ORDER BY u.kickoff_ms, u.fixture_id, p.team_id, p.player_id
            """,
            reader => (
                Fixture: new UpcomingFixture(
                    reader.Long("fixture_id"), reader.Long("home_id"), reader.Text("home_name"), reader.Long("away_id"), reader.Text("away_name"),
                    reader.Time("kickoff_ms"), reader.OptionalText("league"), []),
                Player: reader.OptionalLong("player_id") is { } playerId
                    ? new ExpectedPlayer(playerId, reader.Text("player_name"), reader.Long("team_id"), reader.Flag("confirmed"))
                    : null),
            cancellationToken, parameters);
        // A fixture without players comes as one row whose player columns are null.
        return [.. rows.GroupBy(r => r.Fixture.FixtureId).Select(g => g.First().Fixture with
        {
            Players = [.. g.Select(r => r.Player).OfType<ExpectedPlayer>()],
        })];
    }

    private static (string Name, object? Value) Since(DateTimeOffset since) => ("since", since.ToUnixTimeMilliseconds());

    private IEnumerable<StatAverages> Averages(IEnumerable<(BetPeriod Period, Stat Stat, string Name, MatchValue Value)> rows) =>
        rows.GroupBy(r => (r.Period, r.Stat))
            .OrderBy(g => g.Key.Period).ThenBy(g => g.Key.Stat)
            .Select(g => new StatAverages(g.Key.Period, g.Key.Stat, RollingAverages.Of(g.Select(r => r.Value), calendar)));

    private IEnumerable<StatAverages> Averages(IEnumerable<PlayerRow> rows) => Averages(rows.Select(r => (r.Period, r.Stat, r.Name, r.Value)));

    private Task<IReadOnlyList<(BetPeriod Period, Stat Stat, string Name, MatchValue Value)>> TeamRowsAsync(long teamId, CancellationToken cancellationToken) =>
        database.QueryAsync(
            $"SELECT * FROM {StatsSchema.TeamMatches} WHERE team_id = @team_id",
            reader => (reader.Name("period", StatsCatalog.PeriodNames), reader.Name("stat", StatsCatalog.StatNames), reader.Text("team_name"),
                new MatchValue(reader.Long("fixture_id"), reader.Time("kickoff_ms"), reader.Decimal("value_for"), reader.Decimal("value_against"))),
            cancellationToken, ("team_id", teamId));

    private PlayerStatsView PlayerView(long playerId, IReadOnlyList<PlayerRow> rows, IReadOnlyDictionary<(long FixtureId, long TeamId), RecentMatch> results)
    {
        var latest = rows.MaxBy(r => r.Value.Kickoff)!;
        var teamOf = rows.GroupBy(r => r.Value.FixtureId).ToDictionary(g => g.Key, g => g.First().TeamId);
        var figures = PlayerFigures.Of(
            PlayerFigures.FullTimeMatches(rows.Select(r => (r.Period, r.Stat, r.Value))),
            teamOf.Where(f => results.ContainsKey((f.Key, f.Value))).ToDictionary(f => f.Key, f => results[(f.Key, f.Value)]),
            calendar);
        return new PlayerStatsView(
            playerId, latest.Name, latest.TeamId, rows.Select(r => r.Value.FixtureId).Distinct().Count(),
            [.. Averages(rows).Select(a => a with { Averages = a.Averages.Rounded() })], figures);
    }

    /// <summary>A match's result for each team in it (one full-time goals row per team), with the opponent's name.</summary>
    private static readonly string SelectResults = $"""
        SELECT m.fixture_id, m.team_id, m.kickoff_ms, m.is_home, m.opponent_id, o.team_name AS opponent_name, m.value_for, m.value_against
        FROM {StatsSchema.TeamMatches} m JOIN {StatsSchema.TeamMatches} o
            ON o.fixture_id = m.fixture_id AND o.team_id = m.opponent_id AND o.period = m.period AND o.stat = m.stat
        WHERE m.period = @period AND m.stat = @stat
        """;

    private static readonly (string Name, object? Value)[] ResultParameters =
        [("period", StatsCatalog.PeriodNames.NameOf(BetPeriod.FullTime)), ("stat", StatsCatalog.StatNames.NameOf(Stat.Goals))];

    private static (long TeamId, RecentMatch Match) ReadResult(DbDataReader reader) => (reader.Long("team_id"), RecentMatch.Of(
        reader.Long("fixture_id"), reader.Time("kickoff_ms"), reader.Long("opponent_id"), reader.Text("opponent_name"), reader.Flag("is_home"),
        reader.Decimal("value_for"), reader.Decimal("value_against")));

    /// <summary>The results of the matches these player rows are from, by fixture and team.</summary>
    private async Task<IReadOnlyDictionary<(long FixtureId, long TeamId), RecentMatch>> ResultsAsync(
        IEnumerable<PlayerRow> rows, CancellationToken cancellationToken) =>
        (await database.QueryInChunksAsync(
            rows.Select(r => r.Value.FixtureId).Distinct(), list => $"{SelectResults} AND m.fixture_id IN ({list})", ReadResult,
            cancellationToken, ResultParameters))
        .ToDictionary(r => (r.Match.FixtureId, r.TeamId), r => r.Match);

    /// <summary>Every row of the given players, a query per chunk of them.</summary>
    private Task<IReadOnlyList<PlayerRow>> PlayerRowsAsync(IEnumerable<long> playerIds, CancellationToken cancellationToken) =>
        database.QueryInChunksAsync(
            playerIds.Distinct(), list => $"SELECT * FROM {StatsSchema.PlayerMatches} WHERE player_id IN ({list})", ReadPlayerRow, cancellationToken);

    private static PlayerRow ReadPlayerRow(DbDataReader reader) => new(
        reader.Long("player_id"), reader.Name("period", StatsCatalog.PeriodNames), reader.Name("stat", StatsCatalog.StatNames),
        reader.Text("player_name"), reader.Long("team_id"), new MatchValue(reader.Long("fixture_id"), reader.Time("kickoff_ms"), reader.Decimal("value")));

    private sealed record PlayerRow(long PlayerId, BetPeriod Period, Stat Stat, string Name, long TeamId, MatchValue Value);
}

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
/// the tables exist (<see cref="StatsStore.EnsureCreatedAsync"/>).
/// </summary>
public sealed class StatsQueries(DatabaseOptions database, SeasonCalendar calendar)
{
    /// <summary>The players of a team's last this-many matches are listed with it.</summary>
    private const int RecentMatches = 10;

    public async Task<TeamStatsView?> TeamStatsAsync(long teamId, CancellationToken cancellationToken)
    {
        var rows = await TeamRowsAsync(teamId, cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }
        var recent = rows.Select(r => (r.Value.FixtureId, r.Value.Kickoff)).Distinct()
            .OrderByDescending(m => m.Kickoff).Take(RecentMatches).Select(m => m.FixtureId).ToHashSet();
        var playerIds = await database.QueryAsync(
            $"SELECT DISTINCT player_id, fixture_id FROM {StatsSchema.PlayerMatches} WHERE team_id = @team_id",
            reader => (Player: reader.Long("player_id"), Fixture: reader.Long("fixture_id")), cancellationToken, ("team_id", teamId));
        var players = new List<PlayerStatsView>();
        foreach (var playerId in playerIds.Where(p => recent.Contains(p.Fixture)).Select(p => p.Player).Distinct().Order())
        {
            if (await PlayerStatsAsync(playerId, cancellationToken) is { } player)
            {
                players.Add(player);
            }
        }
        return new TeamStatsView(
            teamId, rows.MaxBy(r => r.Value.Kickoff).Name, rows.Select(r => r.Value.FixtureId).Distinct().Count(),
            [.. Averages(rows).Select(a => a with { Averages = a.Averages.Rounded() })],
            [.. players]);
    }

    public async Task<PlayerStatsView?> PlayerStatsAsync(long playerId, CancellationToken cancellationToken)
    {
        var rows = await PlayerRowsAsync(playerId, cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }
        var latest = rows.MaxBy(r => r.Value.Kickoff);
        return new PlayerStatsView(
            playerId, latest.Name, latest.TeamId, rows.Select(r => r.Value.FixtureId).Distinct().Count(),
            [.. Averages(rows.Select(r => (r.Period, r.Stat, r.Name, r.Value))).Select(a => a with { Averages = a.Averages.Rounded() })]);
    }

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
            [.. players]);
    }

    /// <summary>The team's averages by period and stat, exact (the predictions start from these).</summary>
    public async Task<IReadOnlyDictionary<(BetPeriod Period, Stat Stat), AverageSet>> TeamAveragesAsync(long teamId, CancellationToken cancellationToken) =>
        Averages(await TeamRowsAsync(teamId, cancellationToken)).ToDictionary(a => (a.Period, a.Stat), a => a.Averages);

    /// <summary>The player's averages by period and stat, exact, with his name as last recorded.</summary>
    public async Task<(string Name, IReadOnlyDictionary<(BetPeriod Period, Stat Stat), AverageSet> Averages)?> PlayerAveragesAsync(
        long playerId, CancellationToken cancellationToken)
    {
        var rows = await PlayerRowsAsync(playerId, cancellationToken);
        return rows.Count == 0
            ? null
            : (rows.MaxBy(r => r.Value.Kickoff).Name,
               Averages(rows.Select(r => (r.Period, r.Stat, r.Name, r.Value))).ToDictionary(a => (a.Period, a.Stat), a => a.Averages));
    }

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
    public async Task<IReadOnlyList<UpcomingFixture>> UnplayedAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var ids = await database.QueryAsync($"""
            SELECT fixture_id FROM {StatsSchema.Upcoming} u WHERE kickoff_ms >= @since
            AND NOT EXISTS (SELECT 1 FROM {StatsSchema.TeamMatches} m WHERE m.fixture_id = u.fixture_id)
            ORDER BY kickoff_ms, fixture_id
            """,
            reader => reader.Long("fixture_id"), cancellationToken, ("since", since.ToUnixTimeMilliseconds()));
        var fixtures = new List<UpcomingFixture>();
        foreach (var id in ids)
        {
            fixtures.Add((await UpcomingAsync(id, cancellationToken))!);
        }
        return fixtures;
    }

    public async Task<UpcomingFixture?> UpcomingAsync(long fixtureId, CancellationToken cancellationToken)
    {
        var id = ("fixture_id", (object?)fixtureId);
        var players = await database.QueryAsync(
            $"SELECT * FROM {StatsSchema.UpcomingPlayers} WHERE fixture_id = @fixture_id ORDER BY team_id, player_id",
            reader => new ExpectedPlayer(reader.Long("player_id"), reader.Text("player_name"), reader.Long("team_id"), reader.Flag("confirmed")),
            cancellationToken, id);
        var fixtures = await database.QueryAsync(
            $"SELECT * FROM {StatsSchema.Upcoming} WHERE fixture_id = @fixture_id",
            reader => new UpcomingFixture(
                reader.Long("fixture_id"), reader.Long("home_id"), reader.Text("home_name"), reader.Long("away_id"), reader.Text("away_name"),
                reader.Time("kickoff_ms"), reader.OptionalText("league"), [.. players]),
            cancellationToken, id);
        return fixtures.SingleOrDefault();
    }

    private IEnumerable<StatAverages> Averages(IEnumerable<(BetPeriod Period, Stat Stat, string Name, MatchValue Value)> rows) =>
        rows.GroupBy(r => (r.Period, r.Stat))
            .OrderBy(g => g.Key.Period).ThenBy(g => g.Key.Stat)
            .Select(g => new StatAverages(g.Key.Period, g.Key.Stat, RollingAverages.Of(g.Select(r => r.Value), calendar)));

    private Task<IReadOnlyList<(BetPeriod Period, Stat Stat, string Name, MatchValue Value)>> TeamRowsAsync(long teamId, CancellationToken cancellationToken) =>
        database.QueryAsync(
            $"SELECT * FROM {StatsSchema.TeamMatches} WHERE team_id = @team_id",
            reader => (reader.Name("period", StatsCatalog.PeriodNames), reader.Name("stat", StatsCatalog.StatNames), reader.Text("team_name"),
                new MatchValue(reader.Long("fixture_id"), reader.Time("kickoff_ms"), reader.Decimal("value_for"), reader.Decimal("value_against"))),
            cancellationToken, ("team_id", teamId));

    private Task<IReadOnlyList<(BetPeriod Period, Stat Stat, string Name, long TeamId, MatchValue Value)>> PlayerRowsAsync(long playerId, CancellationToken cancellationToken) =>
        database.QueryAsync(
            $"SELECT * FROM {StatsSchema.PlayerMatches} WHERE player_id = @player_id",
            reader => (reader.Name("period", StatsCatalog.PeriodNames), reader.Name("stat", StatsCatalog.StatNames), reader.Text("player_name"),
                reader.Long("team_id"), new MatchValue(reader.Long("fixture_id"), reader.Time("kickoff_ms"), reader.Decimal("value"))),
            cancellationToken, ("player_id", playerId));

}

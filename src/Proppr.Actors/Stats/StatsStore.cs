using Proppr.Actors.Hosting;
using Proppr.Actors.ReadModel;

namespace Proppr.Actors.Stats;

/// <summary>
/// The write side of the stats tables (<see cref="StatsSchema"/>): finished matches' counts, upcoming fixtures, and
/// their computed projections. A match recorded again replaces its rows, so a corrected payload corrects the averages.
/// </summary>
public sealed class StatsStore(DatabaseOptions database)
{
    /// <summary>Replaces the match's rows. Its upcoming entry stays, so its pre-match projections can still be read.</summary>
    public async Task SaveMatchAsync(MatchStatsRecord match, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var fixture = ("fixture_id", (object?)match.FixtureId);
        foreach (var table in new[] { StatsSchema.TeamMatches, StatsSchema.PlayerMatches })
        {
            await transaction.ExecuteAsync($"DELETE FROM {table} WHERE fixture_id = @fixture_id", cancellationToken, fixture);
        }
        var kickoff = ("kickoff_ms", (object?)match.Kickoff.ToUnixTimeMilliseconds());
        foreach (var team in match.Teams)
        {
            foreach (var figure in team.Figures)
            {
                await transaction.ExecuteAsync($"""
                    INSERT INTO {StatsSchema.TeamMatches} (fixture_id, team_id, team_name, opponent_id, is_home, kickoff_ms, league,
                        period, stat, value_for, value_against)
                    VALUES (@fixture_id, @team_id, @team_name, @opponent_id, @is_home, @kickoff_ms, @league, @period, @stat, @for, @against)
                    """,
                    cancellationToken,
                    fixture, kickoff,
                    ("team_id", team.TeamId), ("team_name", team.TeamName), ("opponent_id", team.OpponentId),
                    ("is_home", team.Home ? 1 : 0), ("league", match.League),
                    ("period", StatsCatalog.PeriodNames.NameOf(figure.Period)), ("stat", StatsCatalog.StatNames.NameOf(figure.Stat)),
                    ("for", DecimalText.Format(figure.For)), ("against", DecimalText.Format(figure.Against)));
            }
        }
        foreach (var player in match.Players)
        {
            foreach (var figure in player.Figures)
            {
                await transaction.ExecuteAsync($"""
                    INSERT INTO {StatsSchema.PlayerMatches} (fixture_id, player_id, player_name, team_id, started, kickoff_ms,
                        period, stat, value)
                    VALUES (@fixture_id, @player_id, @player_name, @team_id, @started, @kickoff_ms, @period, @stat, @value)
                    """,
                    cancellationToken,
                    fixture, kickoff,
                    ("player_id", player.PlayerId), ("player_name", player.PlayerName), ("team_id", player.TeamId),
                    ("started", player.Started ? 1 : 0),
                    ("period", StatsCatalog.PeriodNames.NameOf(figure.Period)), ("stat", StatsCatalog.StatNames.NameOf(figure.Stat)),
                    ("value", DecimalText.Format(figure.Value)));
            }
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Adds or replaces an upcoming fixture and its expected players.</summary>
    public async Task SaveUpcomingAsync(UpcomingFixture fixture, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = ("fixture_id", (object?)fixture.FixtureId);
        await transaction.ExecuteAsync($"DELETE FROM {StatsSchema.UpcomingPlayers} WHERE fixture_id = @fixture_id", cancellationToken, id);
        await transaction.ExecuteAsync($"""
            INSERT INTO {StatsSchema.Upcoming} (fixture_id, home_id, home_name, away_id, away_name, kickoff_ms, league)
            VALUES (@fixture_id, @home_id, @home_name, @away_id, @away_name, @kickoff_ms, @league)
            ON CONFLICT (fixture_id) DO UPDATE SET home_id = excluded.home_id, home_name = excluded.home_name,
                away_id = excluded.away_id, away_name = excluded.away_name, kickoff_ms = excluded.kickoff_ms, league = excluded.league
            """,
            cancellationToken,
            id, ("home_id", fixture.HomeId), ("home_name", fixture.HomeName), ("away_id", fixture.AwayId),
            ("away_name", fixture.AwayName), ("kickoff_ms", fixture.Kickoff.ToUnixTimeMilliseconds()), ("league", fixture.League));
        foreach (var player in fixture.Players.DistinctBy(p => p.PlayerId))
        {
            await transaction.ExecuteAsync($"""
                INSERT INTO {StatsSchema.UpcomingPlayers} (fixture_id, player_id, player_name, team_id, confirmed)
                VALUES (@fixture_id, @player_id, @player_name, @team_id, @confirmed)
                """,
                cancellationToken,
                id, ("player_id", player.PlayerId), ("player_name", player.PlayerName), ("team_id", player.TeamId),
                ("confirmed", player.Confirmed ? 1 : 0));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Replaces the fixture's predicted lines and player projections.</summary>
    public async Task SaveProjectionsAsync(
        long fixtureId, IReadOnlyList<PredictedLine> lines, IReadOnlyList<PlayerProjection> players, DateTimeOffset computedAt,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = ("fixture_id", (object?)fixtureId);
        var computed = ("computed_ms", (object?)computedAt.ToUnixTimeMilliseconds());
        await transaction.ExecuteAsync($"DELETE FROM {StatsSchema.PredictedLines} WHERE fixture_id = @fixture_id", cancellationToken, id);
        await transaction.ExecuteAsync($"DELETE FROM {StatsSchema.PlayerProjections} WHERE fixture_id = @fixture_id", cancellationToken, id);
        foreach (var line in lines)
        {
            await transaction.ExecuteAsync($"""
                INSERT INTO {StatsSchema.PredictedLines} (fixture_id, period, stat, expected, line, home_expected, home_line,
                    away_expected, away_line, matches, computed_ms)
                VALUES (@fixture_id, @period, @stat, @expected, @line, @home_expected, @home_line, @away_expected, @away_line,
                    @matches, @computed_ms)
                """,
                cancellationToken,
                id, computed,
                ("period", StatsCatalog.PeriodNames.NameOf(line.Period)), ("stat", StatsCatalog.StatNames.NameOf(line.Stat)),
                ("expected", DecimalText.Format(line.Expected)), ("line", DecimalText.Format(line.Line)),
                ("home_expected", DecimalText.Format(line.HomeExpected)), ("home_line", DecimalText.Format(line.HomeLine)),
                ("away_expected", DecimalText.Format(line.AwayExpected)), ("away_line", DecimalText.Format(line.AwayLine)),
                ("matches", line.Matches));
        }
        foreach (var player in players)
        {
            await transaction.ExecuteAsync($"""
                INSERT INTO {StatsSchema.PlayerProjections} (fixture_id, player_id, player_name, team_id, stat, expected, line,
                    matches, computed_ms)
                VALUES (@fixture_id, @player_id, @player_name, @team_id, @stat, @expected, @line, @matches, @computed_ms)
                """,
                cancellationToken,
                id, computed,
                ("player_id", player.PlayerId), ("player_name", player.PlayerName), ("team_id", player.TeamId),
                ("stat", StatsCatalog.StatNames.NameOf(player.Stat)), ("expected", DecimalText.Format(player.Expected)),
                ("line", DecimalText.Format(player.Line)), ("matches", player.Matches));
        }
        await transaction.CommitAsync(cancellationToken);
    }
}

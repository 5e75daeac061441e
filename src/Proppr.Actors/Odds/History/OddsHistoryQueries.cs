using System.Data.Common;
using Proppr.Actors.Hosting;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.ReadModel;
using static Proppr.Actors.Odds.History.OddsHistorySchema;

namespace Proppr.Actors.Odds.History;

/// <summary>
/// Reads the odds history a day at a time (UTC days), oldest first, for every fixture or one, in pages of at most
/// <see cref="MaxLimit"/> rows (<see cref="OddsHistoryPage{T}"/>).
/// </summary>
public sealed class OddsHistoryQueries(DatabaseOptions database)
{
    public const int DefaultLimit = 500;
    public const int MaxLimit = 5000;

    private const string Outcome = "id, fixture_id, bookmaker, market, outcome, line, label, at_ms";

    public Task<OddsHistoryPage<StoredDrop>> DropsAsync(
        DateOnly day, long? fixtureId, OddsHistoryCursor? after, int limit, CancellationToken cancellationToken) =>
        PageAsync(Drops, $"{Outcome}, old_price, new_price, drop_percent", day, fixtureId, after, limit, reader =>
            new StoredDrop(reader.Text("id"), reader.Long("fixture_id"), new PriceDrop(reader.Text("bookmaker"), Key(reader),
                reader.Decimal("old_price"), reader.Decimal("new_price"), reader.Decimal("drop_percent"), reader.Time("at_ms"))),
            cancellationToken);

    public Task<OddsHistoryPage<StoredValueBet>> ValueBetsAsync(
        DateOnly day, long? fixtureId, OddsHistoryCursor? after, int limit, CancellationToken cancellationToken) =>
        PageAsync(ValueBets, $"{Outcome}, price, fair_price, edge, expires_at_ms", day, fixtureId, after, limit, reader =>
            new StoredValueBet(reader.Text("id"), reader.Long("fixture_id"), new ValueBet(reader.Text("bookmaker"), Key(reader),
                reader.Decimal("price"), reader.Decimal("fair_price"), reader.Decimal("edge"), reader.Time("expires_at_ms")),
                reader.Time("at_ms")),
            cancellationToken);

    private async Task<OddsHistoryPage<T>> PageAsync<T>(
        string table, string columns, DateOnly day, long? fixtureId, OddsHistoryCursor? after, int limit,
        Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
        var end = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
        var fixture = fixtureId is null ? "" : " AND fixture_id = @fixture";
        var resume = after is null ? "" : " AND (at_ms > @after_ms OR (at_ms = @after_ms AND id > @after_id))";
        // Only the parameters the statements name: PostgreSQL would have to guess the type of an unused null.
        (string Name, object? Value)[] parameters =
        [
            ("start", start), ("end", end), .. fixtureId is { } id ? [("fixture", (object?)id)] : Array.Empty<(string, object?)>(),
        ];
        (string Name, object? Value)[] page =
        [
            .. parameters, ("take", limit + 1), .. after is { } cursor ? [("after_ms", (object?)cursor.AtMs), ("after_id", cursor.Id)] : Array.Empty<(string, object?)>(),
        ];

        var rows = await database.QueryAsync(
            $"SELECT {columns} FROM {table} WHERE at_ms >= @start AND at_ms < @end{fixture}{resume} ORDER BY at_ms, id LIMIT @take",
            reader => (Row: read(reader), Cursor: new OddsHistoryCursor(reader.Long("at_ms"), reader.Text("id"))),
            cancellationToken, page);
        var previous = await database.QueryAsync(
            $"SELECT MAX(at_ms) AS at_ms FROM {table} WHERE at_ms < @start{fixture}", reader => reader.OptionalTime("at_ms"), cancellationToken, parameters);
        var next = await database.QueryAsync(
            $"SELECT MIN(at_ms) AS at_ms FROM {table} WHERE at_ms >= @end{fixture}", reader => reader.OptionalTime("at_ms"), cancellationToken, parameters);

        var items = rows.Take(limit).ToList();
        return new OddsHistoryPage<T>(
            day,
            [.. items.Select(row => row.Row)],
            rows.Count > limit ? items[^1].Cursor : null,
            DayOf(previous[0]),
            DayOf(next[0]));
    }

    private static OddsKey Key(DbDataReader reader) =>
        new(reader.Text("market"), reader.Text("outcome"), reader.OptionalDecimal("line"), reader.OptionalText("label"));

    private static DateOnly? DayOf(DateTimeOffset? at) => at is { } time ? DateOnly.FromDateTime(time.UtcDateTime) : null;
}

using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.ReadModel;
using static Proppr.Actors.Odds.History.OddsHistorySchema;

namespace Proppr.Actors.Odds.History;

/// <summary>
/// The write side of the odds history (<see cref="OddsHistorySchema"/>): a batch of fixtures' signals in one transaction,
/// each drop and value bet once (by its <see cref="OddsHistoryId"/>; a value bet found again keeps its first time and
/// takes the later expiry), and the deletion of rows past the retention.
/// </summary>
public sealed class OddsHistoryStore(DatabaseOptions database)
{
    private const string InsertDrop =
        $"""
        INSERT INTO {Drops} (id, fixture_id, bookmaker, market, outcome, line, label, old_price, new_price, drop_percent, at_ms)
        VALUES (@id, @fixture, @bookmaker, @market, @outcome, @line, @label, @old, @new, @percent, @at)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string UpsertValueBet =
        $"""
        INSERT INTO {ValueBets} (id, fixture_id, bookmaker, market, outcome, line, label, price, fair_price, edge, at_ms, expires_at_ms)
        VALUES (@id, @fixture, @bookmaker, @market, @outcome, @line, @label, @price, @fair, @edge, @at, @expires)
        ON CONFLICT (id) DO UPDATE SET expires_at_ms = excluded.expires_at_ms
        WHERE excluded.expires_at_ms > {ValueBets}.expires_at_ms
        """;

    public async Task WriteAsync(IReadOnlyList<FixtureOddsSignal> signals, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var signal in signals)
        {
            foreach (var drop in signal.Drops)
            {
                await transaction.ExecuteAsync(InsertDrop, cancellationToken,
                    [.. Outcome(OddsHistoryId.Of(signal.FixtureId, drop), signal.FixtureId, drop.Bookmaker, drop.Key),
                     ("old", DecimalText.Format(drop.OldPrice)), ("new", DecimalText.Format(drop.NewPrice)),
                     ("percent", DecimalText.Format(drop.DropPercent)), ("at", drop.At.ToUnixTimeMilliseconds())]);
            }
            foreach (var value in signal.ValueBets)
            {
                await transaction.ExecuteAsync(UpsertValueBet, cancellationToken,
                    [.. Outcome(OddsHistoryId.Of(signal.FixtureId, value), signal.FixtureId, value.Bookmaker, value.Key),
                     ("price", DecimalText.Format(value.Price)), ("fair", DecimalText.Format(value.FairPrice)),
                     ("edge", DecimalText.Format(value.Edge)), ("at", signal.At.ToUnixTimeMilliseconds()),
                     ("expires", value.ExpiresAt.ToUnixTimeMilliseconds())]);
            }
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Deletes the drops and value bets from before <paramref name="before"/>; answers how many rows went.</summary>
    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var cutoff = ("before", (object?)before.ToUnixTimeMilliseconds());
        var deleted = await transaction.ExecuteAsync($"DELETE FROM {Drops} WHERE at_ms < @before", cancellationToken, cutoff) +
                      await transaction.ExecuteAsync($"DELETE FROM {ValueBets} WHERE at_ms < @before", cancellationToken, cutoff);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    private static (string Name, object? Value)[] Outcome(string id, long fixtureId, string bookmaker, OddsKey key) =>
    [
        ("id", id), ("fixture", fixtureId), ("bookmaker", bookmaker), ("market", key.Market), ("outcome", key.Outcome),
        ("line", DecimalText.Format(key.Line)), ("label", key.Label),
    ];
}

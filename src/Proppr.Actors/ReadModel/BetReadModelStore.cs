using System.Data.Common;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// The write side of the read model (<see cref="ReadModelSchema"/>): applies bet events, each change at its
/// <see cref="JournalPosition"/>. Events and the journal offset of the last go in one transaction, and only on top of
/// the offset the caller last saw (a compare-and-set on the offset row), so re-applying an applied event changes
/// nothing and a reader left behind by a rebuild or a second projection instance cannot write.
/// </summary>
public sealed class BetReadModelStore(DatabaseOptions database)
{
    /// <summary>This projection's row in the offset table.</summary>
    public const string ProjectionName = "bets";

    /// <summary>The read model's tables and this projection's offset row at 0 (<see cref="DatabaseSchema"/>, and a reset).</summary>
    internal static readonly string[] Create =
    [
        .. ReadModelSchema.Create,
        $"INSERT INTO {ReadModelSchema.Offsets} (projection, last_offset) VALUES ('{ProjectionName}', 0) ON CONFLICT (projection) DO NOTHING",
    ];

    /// <summary>The offset of the last event the read model holds (0 before the first).</summary>
    public async Task<long> LastOffsetAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        return await StoredOffsetAsync(transaction, cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="events"/> (in journal order) in one transaction if the read model is at
    /// <paramref name="appliedOffset"/>, and answers the offset it is at afterwards. Events at or below the stored
    /// offset are already applied: nothing changes.
    /// </summary>
    /// <exception cref="ProjectionOffsetConflictException">The stored offset moved since the caller read it.</exception>
    public async Task<long> ApplyAsync(long appliedOffset, IReadOnlyList<BetJournalEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return appliedOffset;
        }
        var last = events[^1].Offset;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Claiming the offset first takes the write lock before anything is read, on SQLite and PostgreSQL alike.
        var claimed = await transaction.ExecuteAsync(
            $"""
            UPDATE {ReadModelSchema.Offsets} SET last_offset = @offset
            WHERE projection = @projection AND last_offset = @applied AND last_offset < @offset
            """,
            cancellationToken,
            ("offset", last), ("projection", ProjectionName), ("applied", appliedOffset));
        if (claimed == 0)
        {
            var stored = await StoredOffsetAsync(transaction, cancellationToken);
            return stored >= last
                ? stored
                : throw new ProjectionOffsetConflictException(appliedOffset, stored, last);
        }
        foreach (var entry in events.SelectMany(journalEvent => journalEvent.Entries()))
        {
            await ApplyOneAsync(transaction, entry, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return last;
    }

    private static Task ApplyOneAsync(DbTransaction transaction, BetJournalEntry entry, CancellationToken cancellationToken) =>
        entry.Change switch
        {
            BetTrackedChange tracked => InsertBetAsync(transaction, entry, tracked.Bet, cancellationToken),
            SettlementChange settled => RecordSettlementAsync(
                transaction, entry, settled.Settlement, settled.Resettled ? SettlementKind.Resettled : SettlementKind.Settled, cancellationToken),
            ClosingLineChange closing => transaction.ExecuteAsync(
                $"UPDATE {ReadModelSchema.Bets} SET clv = @clv, last_offset = @offset WHERE bet_id = @bet_id AND fixture_id = @fixture_id",
                cancellationToken,
                ("clv", DecimalText.Format(closing.Line.Value)), ("offset", entry.Position), ("bet_id", closing.BetId),
                ("fixture_id", entry.FixtureId)),
            BetMovedChange moved => RecordMoveAsync(transaction, entry, moved, cancellationToken),
            _ => throw new ArgumentException($"not a bet change: {entry.Change.GetType().Name}", nameof(entry)),
        };

    /// <summary>The audit row, then the bet's row follows it to its new fixture, whose settlements then find it.</summary>
    private static async Task RecordMoveAsync(DbTransaction transaction, BetJournalEntry entry, BetMovedChange moved, CancellationToken cancellationToken)
    {
        await transaction.ExecuteAsync($"""
            INSERT INTO {ReadModelSchema.Moves} (journal_offset, bet_id, from_fixture_id, to_fixture_id, reason, moved_at_ms)
            SELECT @offset, bet_id, fixture_id, @to_fixture_id, @reason, @moved_at_ms
            FROM {ReadModelSchema.Bets} WHERE bet_id = @bet_id AND fixture_id = @fixture_id
            """,
            cancellationToken,
            ("offset", entry.Position), ("to_fixture_id", moved.ToFixtureId), ("reason", moved.Reason),
            ("moved_at_ms", moved.At.ToUnixTimeMilliseconds()), ("bet_id", moved.BetId), ("fixture_id", entry.FixtureId));
        await transaction.ExecuteAsync(
            $"UPDATE {ReadModelSchema.Bets} SET fixture_id = @to_fixture_id, last_offset = @offset WHERE bet_id = @bet_id AND fixture_id = @fixture_id",
            cancellationToken,
            ("to_fixture_id", moved.ToFixtureId), ("offset", entry.Position), ("bet_id", moved.BetId), ("fixture_id", entry.FixtureId));
    }

    /// <summary>Drops every read-model table and creates them empty, at offset 0: the next reader replays the whole journal.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var statement in ReadModelSchema.Drop.Concat(Create))
        {
            await transaction.ExecuteAsync(statement, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<long> StoredOffsetAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = transaction.Command(
            $"SELECT last_offset FROM {ReadModelSchema.Offsets} WHERE projection = @projection", ("projection", ProjectionName));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>
    /// A bet id is tracked once: a later bet with the same id on another fixture does not replace it, and that bet's
    /// settlements and closing line, which name its fixture, leave this row alone.
    /// </summary>
    private static Task InsertBetAsync(DbTransaction transaction, BetJournalEntry entry, Bet bet, CancellationToken cancellationToken) =>
        transaction.ExecuteAsync($"""
            INSERT INTO {ReadModelSchema.Bets} (bet_id, fixture_id, scope, player_id, player_name, market, period, selection,
                line, odds, stake, source, client, placed_at_ms, tracked_at_ms, status, returns, profit_loss, resettled,
                last_offset, bet_json)
            VALUES (@bet_id, @fixture_id, @scope, @player_id, @player_name, @market, @period, @selection,
                @line, @odds, @stake, @source, @client, @placed_at_ms, @tracked_at_ms, @status, @zero, @zero, 0,
                @offset, @bet_json)
            ON CONFLICT (bet_id) DO NOTHING
            """,
            cancellationToken,
            ("bet_id", bet.BetId),
            ("fixture_id", entry.FixtureId),
            ("scope", WireNames.Scopes.NameOf(bet.Scope)),
            ("player_id", bet.PlayerId),
            ("player_name", bet.PlayerName),
            ("market", WireNames.Markets.NameOf(bet.Market)),
            ("period", WireNames.Periods.NameOf(bet.Period)),
            ("selection", WireNames.Selections.NameOf(bet.Selection)),
            ("line", DecimalText.Format(bet.Line?.Value)),
            ("odds", DecimalText.Format(bet.Odds)),
            ("stake", DecimalText.Format(bet.Stake)),
            ("source", bet.Source),
            ("client", bet.Client),
            // A bet with no placing time counts from when it was tracked.
            ("placed_at_ms", (bet.PlacedAt ?? entry.WrittenAt).ToUnixTimeMilliseconds()),
            ("tracked_at_ms", entry.WrittenAt.ToUnixTimeMilliseconds()),
            ("status", WireNames.Statuses.NameOf(SettlementStatus.Pending)),
            ("zero", DecimalText.Format(0m)),
            ("offset", entry.Position),
            ("bet_json", BetWriter.ToJsonLine(bet)));

    /// <summary>
    /// Adds the history row, naming the bet's previous settlement row if any, and makes it the bet's current one. Both
    /// match the bet on its id and fixture: a settlement of another fixture's bet under the same id (one the read model
    /// did not keep) writes nothing.
    /// </summary>
    private static async Task RecordSettlementAsync(
        DbTransaction transaction, BetJournalEntry entry, Settlement settlement, SettlementKind kind, CancellationToken cancellationToken)
    {
        var fixtureId = entry.FixtureId;
        var settledAt = (settlement.SettledAt ?? entry.WrittenAt).ToUnixTimeMilliseconds();
        var status = WireNames.Statuses.NameOf(settlement.Status);
        await transaction.ExecuteAsync($"""
            INSERT INTO {ReadModelSchema.Settlements} (journal_offset, bet_id, fixture_id, kind, status, settled_at_ms,
                replaces_offset, settlement_json)
            SELECT @offset, bet_id, fixture_id, @kind, @status, @settled_at_ms, settlement_offset, @settlement_json
            FROM {ReadModelSchema.Bets} WHERE bet_id = @bet_id AND fixture_id = @fixture_id
            """,
            cancellationToken,
            ("offset", entry.Position),
            ("bet_id", settlement.BetId),
            ("fixture_id", fixtureId),
            ("kind", SettlementKinds.Names.NameOf(kind)),
            ("status", status),
            ("settled_at_ms", settledAt),
            ("settlement_json", SettlementWriter.ToJsonLine(settlement, withAudit: true)));
        await transaction.ExecuteAsync($"""
            UPDATE {ReadModelSchema.Bets} SET status = @status, actual_value = @actual_value, returns = @returns,
                profit_loss = @profit_loss, reason = @reason, settled_at_ms = @settled_at_ms,
                resettled = CASE WHEN @resettled = 1 THEN 1 ELSE resettled END,
                settlement_offset = @offset, last_offset = @offset
            WHERE bet_id = @bet_id AND fixture_id = @fixture_id
            """,
            cancellationToken,
            ("status", status),
            ("actual_value", DecimalText.Format(settlement.ActualValue)),
            ("returns", DecimalText.Format(settlement.Returns)),
            ("profit_loss", DecimalText.Format(settlement.ProfitLoss)),
            ("reason", settlement.Reason),
            ("settled_at_ms", settledAt),
            ("resettled", kind == SettlementKind.Resettled ? 1 : 0),
            ("offset", entry.Position),
            ("bet_id", settlement.BetId),
            ("fixture_id", fixtureId));
    }
}

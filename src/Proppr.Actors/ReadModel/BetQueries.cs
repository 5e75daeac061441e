using System.Data.Common;
using System.Globalization;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Hosting;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// The read side of the read model: what the HTTP API, the live stream's catch-up, the reports and the ledger ask.
/// Plain queries on the tables <see cref="BetReadModelStore"/> fills; any node can run them once the tables exist
/// (<see cref="DatabaseSchema"/> creates them before the node starts).
/// </summary>
public sealed class BetQueries(DatabaseOptions database)
{
    private const string SelectBets = $"""
        SELECT b.*, s.settlement_json
        FROM {ReadModelSchema.Bets} b LEFT JOIN {ReadModelSchema.Settlements} s ON s.journal_offset = b.settlement_offset
        """;

    private const string SelectSettlements = $"""
        SELECT journal_offset, bet_id, fixture_id, kind, status, settled_at_ms, replaces_offset, settlement_json
        FROM {ReadModelSchema.Settlements}
        """;

    public async Task<BetRecord?> BetAsync(string betId, CancellationToken cancellationToken) =>
        (await database.QueryAsync($"{SelectBets} WHERE b.bet_id = @bet_id", ReadBet, cancellationToken, ("bet_id", betId))).SingleOrDefault();

    /// <summary>The bets with these ids that the read model holds, in no particular order.</summary>
    public Task<IReadOnlyList<BetRecord>> BetsByIdsAsync(IEnumerable<string> betIds, CancellationToken cancellationToken) =>
        database.QueryInChunksAsync(betIds, list => $"{SelectBets} WHERE b.bet_id IN ({list})", ReadBet, cancellationToken);

    /// <summary>
    /// The fixture each of these bet ids was sent to, for the ids the read model holds: where it is tracked, or, for a
    /// bet moved since (<see cref="BetMoveRecord"/>), the fixture it was first tracked on, so sending it again as it was
    /// sent is still the same bet.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> FixturesOfAsync(IEnumerable<string> betIds, CancellationToken cancellationToken)
    {
        var rows = await database.QueryInChunksAsync(
            betIds, list => $"""
                SELECT b.bet_id, COALESCE(
                    (SELECT m.from_fixture_id FROM {ReadModelSchema.Moves} m WHERE m.bet_id = b.bet_id ORDER BY m.journal_offset LIMIT 1),
                    b.fixture_id) AS fixture_id
                FROM {ReadModelSchema.Bets} b WHERE b.bet_id IN ({list})
                """,
            reader => (BetId: reader.Text("bet_id"), FixtureId: reader.Long("fixture_id")), cancellationToken);
        return rows.ToDictionary(row => row.BetId, row => row.FixtureId, StringComparer.Ordinal);
    }

    /// <summary>Whether any bet is tracked on the fixture.</summary>
    public async Task<bool> HasBetsAsync(long fixtureId, CancellationToken cancellationToken) =>
        (await database.QueryAsync(
            $"SELECT 1 FROM {ReadModelSchema.Bets} WHERE fixture_id = @fixture_id LIMIT 1", _ => true, cancellationToken, ("fixture_id", fixtureId))).Count > 0;

    /// <summary>The fixtures with at least one open (pending) bet, in id order.</summary>
    public Task<IReadOnlyList<long>> OpenFixtureIdsAsync(CancellationToken cancellationToken) =>
        database.QueryAsync(
            $"SELECT DISTINCT fixture_id FROM {ReadModelSchema.Bets} WHERE status = @pending ORDER BY fixture_id",
            reader => reader.Long("fixture_id"), cancellationToken, ("pending", WireNames.Statuses.NameOf(SettlementStatus.Pending)));

    /// <summary>The bets <paramref name="filter"/> selects, in the order they were placed.</summary>
    public async Task<IReadOnlyList<BetRecord>> BetsAsync(BetFilter filter, CancellationToken cancellationToken)
    {
        var conditions = new List<string> { "b.placed_at_ms >= @from", "b.placed_at_ms < @to" };
        var parameters = new List<(string Name, object? Value)>
        {
            ("from", filter.From.ToUnixTimeMilliseconds()),
            ("to", filter.To.ToUnixTimeMilliseconds()),
        };
        void Where(string column, object? value)
        {
            if (value is not null)
            {
                conditions.Add($"b.{column} = @{column}");
                parameters.Add((column, value));
            }
        }
        Where("source", filter.Source);
        Where("market", filter.Market is { } market ? WireNames.Markets.NameOf(market) : null);
        Where("fixture_id", filter.FixtureId);
        Where("status", filter.Status is { } status ? WireNames.Statuses.NameOf(status) : null);

        var bets = await database.QueryAsync(
            $"{SelectBets} WHERE {string.Join(" AND ", conditions)} ORDER BY b.placed_at_ms, b.bet_id",
            ReadBet, cancellationToken, [.. parameters]);
        return filter.MinStake is { } minStake ? [.. bets.Where(bet => bet.Stake >= minStake)] : bets;
    }

    /// <summary>
    /// Settlements after journal position <paramref name="offset"/> (<see cref="Fixtures.JournalPosition"/>), oldest
    /// first: a reader's catch-up, which may stop and resume inside one grading round's event.
    /// </summary>
    public Task<IReadOnlyList<SettlementRecord>> SettlementsAfterAsync(long offset, int limit, CancellationToken cancellationToken) =>
        database.QueryAsync($"{SelectSettlements} WHERE journal_offset > @offset ORDER BY journal_offset LIMIT @limit",
            ReadSettlement, cancellationToken, ("offset", offset), ("limit", limit));

    /// <summary>Settlements decided at or after <paramref name="since"/>, in journal order.</summary>
    public Task<IReadOnlyList<SettlementRecord>> SettlementsSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        database.QueryAsync($"{SelectSettlements} WHERE settled_at_ms >= @since ORDER BY journal_offset LIMIT @limit",
            ReadSettlement, cancellationToken, ("since", since.ToUnixTimeMilliseconds()), ("limit", limit));

    /// <summary>Every settlement of one bet, the first decision first.</summary>
    public Task<IReadOnlyList<SettlementRecord>> SettlementHistoryAsync(string betId, CancellationToken cancellationToken) =>
        database.QueryAsync($"{SelectSettlements} WHERE bet_id = @bet_id ORDER BY journal_offset",
            ReadSettlement, cancellationToken, ("bet_id", betId));

    /// <summary>Every move of one bet to another fixture, the first first.</summary>
    public Task<IReadOnlyList<BetMoveRecord>> MovesAsync(string betId, CancellationToken cancellationToken) =>
        database.QueryAsync(
            $"SELECT journal_offset, from_fixture_id, to_fixture_id, reason, moved_at_ms FROM {ReadModelSchema.Moves} WHERE bet_id = @bet_id ORDER BY journal_offset",
            reader => new BetMoveRecord(
                reader.Long("journal_offset"), reader.Long("from_fixture_id"), reader.Long("to_fixture_id"), reader.Text("reason"), reader.Time("moved_at_ms")),
            cancellationToken, ("bet_id", betId));

    /// <summary>
    /// The P&amp;L of the bets settled in [<paramref name="from"/>, <paramref name="to"/>) by their current settlement,
    /// split by <paramref name="by"/>; what counts is <see cref="PnlCalculator"/>'s rule.
    /// </summary>
    public async Task<PnlReport> PnlAsync(DateTimeOffset from, DateTimeOffset to, PnlGrouping by, CancellationToken cancellationToken)
    {
        var entries = await database.QueryAsync($"""
            SELECT source, market, status, stake, returns, profit_loss, clv, settled_at_ms
            FROM {ReadModelSchema.Bets} WHERE settled_at_ms >= @from AND settled_at_ms < @to
            """,
            reader => new PnlEntry(
                by switch
                {
                    PnlGrouping.Source => reader.OptionalText("source"),
                    PnlGrouping.Market => reader.Text("market"),
                    PnlGrouping.Day => reader.Time("settled_at_ms").UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => throw new ArgumentOutOfRangeException(nameof(by), by, null),
                },
                reader.Name("status", WireNames.Statuses),
                reader.Decimal("stake"),
                reader.Decimal("returns"),
                reader.Decimal("profit_loss"),
                reader.OptionalDecimal("clv")),
            cancellationToken,
            ("from", from.ToUnixTimeMilliseconds()), ("to", to.ToUnixTimeMilliseconds()));
        return PnlCalculator.Report(entries);
    }

    private static BetRecord ReadBet(DbDataReader reader) => new()
    {
        BetId = reader.Text("bet_id"),
        FixtureId = reader.Long("fixture_id"),
        Scope = reader.Name("scope", WireNames.Scopes),
        PlayerId = reader.OptionalLong("player_id"),
        PlayerName = reader.OptionalText("player_name"),
        Market = reader.Name("market", WireNames.Markets),
        Period = reader.Name("period", WireNames.Periods),
        Selection = reader.Name("selection", WireNames.Selections),
        Line = reader.OptionalDecimal("line") is { } line ? Line.Of(line) : null,
        Odds = reader.Decimal("odds"),
        Stake = reader.Decimal("stake"),
        Source = reader.OptionalText("source"),
        Client = reader.OptionalText("client"),
        PlacedAt = reader.Time("placed_at_ms"),
        TrackedAt = reader.Time("tracked_at_ms"),
        Status = reader.Name("status", WireNames.Statuses),
        ActualValue = reader.OptionalDecimal("actual_value"),
        Returns = reader.Decimal("returns"),
        ProfitLoss = reader.Decimal("profit_loss"),
        Reason = reader.OptionalText("reason"),
        SettledAt = reader.OptionalTime("settled_at_ms"),
        Resettled = reader.Flag("resettled"),
        Clv = reader.OptionalDecimal("clv"),
        SettlementOffset = reader.OptionalLong("settlement_offset"),
        LastOffset = reader.Long("last_offset"),
        BetJson = reader.Text("bet_json"),
        SettlementJson = reader.OptionalText("settlement_json"),
    };

    private static SettlementRecord ReadSettlement(DbDataReader reader) => new(
        reader.Long("journal_offset"),
        reader.Text("bet_id"),
        reader.Long("fixture_id"),
        reader.Name("kind", SettlementKinds.Names),
        reader.Name("status", WireNames.Statuses),
        reader.Time("settled_at_ms"),
        reader.OptionalLong("replaces_offset"),
        reader.Text("settlement_json"));
}

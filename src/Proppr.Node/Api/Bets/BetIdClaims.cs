using System.Security.Cryptography;
using System.Text;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Hosting;

namespace Proppr.Node.Api.Bets;

/// <summary>
/// One bet id, one bet, cluster-wide, at the moment of acceptance: before a bet is handed to its fixture, its id is
/// claimed in the database under a unique key with a fingerprint of its content. The first claim holds; a bet whose id
/// is claimed by other content is refused (<c>duplicate_bet_id</c>) whatever node took it and however far the read
/// model lags. The same content passes again, so a bet whose hand-off failed (unavailable) is sent again safely: the
/// claim stays, and its fixture answers accepted or duplicate. Claims are never released (a bet id is not reused).
/// </summary>
public sealed class BetIdClaims(DatabaseOptions database)
{
    public const string Table = "bet_id_claims";

    /// <summary>Rows a statement claims: 4 parameters each, within both databases' parameter caps.</summary>
    private const int ChunkSize = 200;

    /// <summary>Its table, created with the others by <see cref="DatabaseSchema"/> when the node starts.</summary>
    public const string Create = $"""
        CREATE TABLE IF NOT EXISTS {Table} (
            bet_id TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            fixture_id BIGINT NULL,
            claimed_at_ms BIGINT NOT NULL)
        """;

    /// <summary>
    /// Claims every bet's id (distinct ids: the intake has already answered repeats within a request) and answers the
    /// bets whose id another bet holds, by their position in the request.
    /// </summary>
    public async Task<IReadOnlyList<IntakeAnswer>> ClaimAsync(IReadOnlyList<(int Index, Bet Bet)> bets, CancellationToken cancellationToken)
    {
        var refused = new List<IntakeAnswer>();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in bets.Chunk(ChunkSize))
        {
            var fingerprints = chunk.ToDictionary(bet => bet.Bet.BetId, bet => Fingerprint(bet.Bet), StringComparer.Ordinal);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var rows = chunk.Select((bet, i) => $"(@id{i}, @fp{i}, @fx{i}, @at)");
            await transaction.ExecuteAsync(
                $"INSERT INTO {Table} (bet_id, fingerprint, fixture_id, claimed_at_ms) VALUES {string.Join(", ", rows)} ON CONFLICT (bet_id) DO NOTHING",
                cancellationToken,
                [
                    ("at", now),
                    .. chunk.SelectMany((bet, i) => new (string, object?)[]
                    {
                        ($"id{i}", bet.Bet.BetId), ($"fp{i}", fingerprints[bet.Bet.BetId]), ($"fx{i}", bet.Bet.FixtureId),
                    }),
                ]);
            var (list, parameters) = DatabaseCommands.ParameterList("in", [.. chunk.Select(bet => bet.Bet.BetId)]);
            await using var command = transaction.Command($"SELECT bet_id, fingerprint, fixture_id FROM {Table} WHERE bet_id IN ({list})", parameters);
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                var holders = new Dictionary<string, (string Fingerprint, long? FixtureId)>(StringComparer.Ordinal);
                while (await reader.ReadAsync(cancellationToken))
                {
                    holders[reader.GetString(0)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
                }
                refused.AddRange(chunk
                    .Where(bet => holders[bet.Bet.BetId].Fingerprint != fingerprints[bet.Bet.BetId])
                    .Select(bet => Refusal(bet, holders[bet.Bet.BetId].FixtureId)));
            }
            await transaction.CommitAsync(cancellationToken);
        }
        return refused;
    }

    /// <summary>The bet as the contract writes it, hashed: the content two posts of one id are compared by.</summary>
    public static string Fingerprint(Bet bet) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(BetWriter.ToJsonLine(bet))));

    private static IntakeAnswer Refusal((int Index, Bet Bet) bet, long? holderFixture) => new(
        bet.Index, bet.Bet.BetId, IntakeStatus.Rejected, bet.Bet.FixtureId, SettlementReasons.DuplicateBetId,
        holderFixture is { } fixture
            ? $"bet_id is already taken by another bet (on fixture {fixture})"
            : "bet_id is already taken by another bet (waiting for its fixture to be resolved)");
}

using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Betting.Contract;

/// <summary>
/// Reads bets in the JSON shape of <c>spec/bets.md</c>. Checks shape only (types, required fields, known names);
/// whether the bet makes sense (odds above 1, a line where the market needs one) is <see cref="BetValidator"/>'s job.
/// Never throws on bad input: every failure is a <see cref="BetReadResult"/> with a reason.
/// </summary>
public static class BetReader
{
    public static BetReadResult ReadLine(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return BetReadResult.Invalid(null, SettlementReasons.InvalidJson, $"not valid JSON: {e.Message}");
        }
    }

    public static BetReadResult Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return BetReadResult.Invalid(null, SettlementReasons.InvalidJson, $"a bet is a JSON object, not {json.ValueKind}");
        }
        string? betId = null;
        if (json.Property("bet_id") is { } idValue && !idValue.TryText(out betId))
        {
            return BetReadResult.Invalid(null, SettlementReasons.InvalidText, "bet_id holds text that is not valid Unicode (an escaped lone surrogate)");
        }
        betId = betId?.Trim();
        if (string.IsNullOrEmpty(betId))
        {
            return BetReadResult.Invalid(null, SettlementReasons.MissingBetId, "bet_id is required");
        }
        // Not echoed back: an id that breaks the limits may be megabytes long or hold control characters.
        if (!BetLimits.IsIdText(betId))
        {
            return BetReadResult.Invalid(null, SettlementReasons.InvalidBetId,
                $"bet_id must be 1 to {BetLimits.MaxIdLength} characters with no whitespace, control characters or / \\ ? # % (it is fetched back by URL)");
        }
        var fields = new FieldReader(json, betId);
        var bet = new Bet
        {
            BetId = betId,
            FixtureId = fields.OptionalProviderId("fixture_id", SettlementReasons.InvalidFixtureId),
            OddsEventId = fields.OptionalId("odds_fixture_id"),
            HomeTeam = fields.OptionalText("home_team"),
            AwayTeam = fields.OptionalText("away_team"),
            Kickoff = fields.OptionalTimestamp("kickoff"),
            Scope = fields.Required("scope", WireNames.Scopes, SettlementReasons.InvalidScope),
            PlayerId = fields.OptionalProviderId("player_id", SettlementReasons.InvalidPlayerId),
            PlayerName = fields.OptionalText("player_name"),
            OddsPlayerId = fields.OptionalId("odds_player_id"),
            Market = fields.Required("market", WireNames.Markets, SettlementReasons.UnknownMarket),
            Period = fields.Optional("period", WireNames.Periods, SettlementReasons.InvalidPeriod) ?? BetPeriod.FullTime,
            Selection = fields.Required("selection", WireNames.Selections, SettlementReasons.InvalidSelection),
            Line = fields.OptionalLine("line"),
            Odds = fields.RequiredDecimal("odds", SettlementReasons.InvalidOdds),
            Stake = fields.RequiredDecimal("stake", SettlementReasons.InvalidStake),
            VoidRule = fields.Optional("void_rule", WireNames.VoidRules, SettlementReasons.InvalidVoidRule),
            Source = fields.OptionalText("source"),
            Client = fields.OptionalText("client"),
            PlacedAt = fields.OptionalTimestamp("placed_at"),
        };
        if (fields.Failure is { } failure)
        {
            return failure;
        }
        if (json.Property("prior_settlement") is { } prior)
        {
            var priorFields = new FieldReader(prior, betId);
            bet = bet with { PriorSettlement = priorFields.PriorSettlement(bet) };
            if (priorFields.Failure is { } priorFailure)
            {
                return priorFailure;
            }
        }
        return bet.FixtureId is null && bet.OddsEventId is null
            ? BetReadResult.Invalid(betId, SettlementReasons.MissingFixture, "fixture_id (or odds_fixture_id) is required")
            : BetReadResult.Valid(bet);
    }

    /// <summary>Reads fields one by one and keeps the first failure, so a bet is reported by its first problem.</summary>
    private sealed class FieldReader(JsonElement json, string betId)
    {
        private const string InvalidPrior = SettlementReasons.InvalidPriorSettlement;

        public BetReadResult? Failure { get; private set; }

        public T Required<T>(string name, WireNameTable<T> names, string reason) where T : struct, Enum =>
            Optional(name, names, reason) ?? Fail<T>(reason, $"{name} is required ({string.Join(", ", names.Names)})");

        public T? Optional<T>(string name, WireNameTable<T> names, string reason) where T : struct, Enum
        {
            if (json.Property(name) is not { } value)
            {
                return null;
            }
            var text = value.AsText();
            return names.TryParse(text, out var parsed)
                ? parsed
                : Fail<T>(reason, $"{name} {(text is null || text.Length > 40 ? Shown(value) : $"'{text}'")} is not one of {string.Join(", ", names.Names)}");
        }

        public decimal RequiredDecimal(string name, string reason)
        {
            if (json.Property(name) is not { } value)
            {
                return Fail<decimal>(reason, $"{name} is required");
            }
            return value.TryDecimal(out var parsed) ? parsed : Fail<decimal>(reason, $"{name} {Shown(value)} is not a number");
        }

        /// <summary>
        /// A settlement decided before the bet came to Proppr (read from a <c>prior_settlement</c> object): a final
        /// status and when it was decided are required, the stat and the reason optional; the money is Proppr's.
        /// </summary>
        public Settlement? PriorSettlement(Bet bet)
        {
            if (json.ValueKind != JsonValueKind.Object)
            {
                return Fail<Settlement>(InvalidPrior, "prior_settlement is an object: status, settled_at, actual_value, reason");
            }
            var status = Required("status", WireNames.Statuses, InvalidPrior);
            var settledAt = OptionalTimestamp("settled_at");
            var reason = OptionalText("reason", BetLimits.MaxIdLength);
            decimal? actualValue = null;
            if (json.Property("actual_value") is { } value)
            {
                actualValue = value.TryDecimal(out var number) && Math.Abs(number) <= BetLimits.MaxCountLine
                    ? number
                    : Fail<decimal>(InvalidPrior, $"actual_value {Shown(value)} is not a number up to {BetLimits.MaxCountLine}");
            }
            // Stake and odds beyond the limits are the validator's rejection; no money is worked out from them.
            if (Failure is not null || bet.Stake is <= 0m or > BetLimits.MaxStake || bet.Odds is <= 1m or > BetLimits.MaxOdds)
            {
                return null;
            }
            if (!PriorSettlements.IsFinal(status))
            {
                return Fail<Settlement>(InvalidPrior, "prior_settlement status is won, lost, refund, half_won or half_lost");
            }
            return settledAt is { } at
                ? PriorSettlements.For(bet, status, actualValue, reason, at)
                : Fail<Settlement>(InvalidPrior, "prior_settlement settled_at is required");
        }

        public Line? OptionalLine(string name)
        {
            if (json.Property(name) is not { } value)
            {
                return null;
            }
            if (!value.TryDecimal(out var number))
            {
                return Fail<Line>(SettlementReasons.InvalidLine, $"{name} {Shown(value)} is not a number");
            }
            return Line.TryCreate(number, out var line)
                ? line
                : Fail<Line>(SettlementReasons.InvalidLine, $"{name} {number} is not a whole, half or quarter line");
        }

        public long? OptionalProviderId(string name, string reason)
        {
            if (json.Property(name) is not { } value)
            {
                return null;
            }
            return value.TryInt64(out var id) && BetLimits.IsProviderId(id)
                ? id
                : Fail<long>(reason, $"{name} {Shown(value)} is not an id from 1 to {BetLimits.MaxProviderId}");
        }

        public string? OptionalId(string name)
        {
            var id = OptionalText(name, BetLimits.MaxIdLength);
            return id is null || BetLimits.IsIdText(id)
                ? id
                : Fail<string>(SettlementReasons.InvalidId, $"{name} must have no whitespace, control characters or / \\ ? # %");
        }

        public DateTimeOffset? OptionalTimestamp(string name)
        {
            if (json.Property(name) is not { } value)
            {
                return null;
            }
            if (!value.TryTimestamp(out var timestamp))
            {
                return Fail<DateTimeOffset>(SettlementReasons.InvalidTimestamp, $"{name} {Shown(value)} is not an ISO-8601 time");
            }
            return BetLimits.IsTime(timestamp)
                ? timestamp
                : Fail<DateTimeOffset>(SettlementReasons.InvalidTimestamp,
                    $"{name} {timestamp.UtcDateTime:yyyy-MM-dd} is not between {BetLimits.EarliestTime.Year} and {BetLimits.LatestTime.Year}");
        }

        public string? OptionalText(string name, int maxLength = BetLimits.MaxTextLength)
        {
            if (json.Property(name) is not { } value)
            {
                return null;
            }
            if (!value.TryText(out var raw))
            {
                return Fail<string>(SettlementReasons.InvalidText, $"{name} holds text that is not valid Unicode (an escaped lone surrogate)");
            }
            var text = raw?.Trim();
            if (text?.Length > maxLength)
            {
                return Fail<string>(SettlementReasons.TextTooLong, $"{name} is {text.Length} characters, at most {maxLength} are kept");
            }
            return string.IsNullOrEmpty(text) ? null : text;
        }

        /// <summary>A value for a message: its JSON, cut short (a rejection must not echo megabytes back).</summary>
        private static string Shown(JsonElement value)
        {
            var raw = value.GetRawText();
            return raw.Length <= 40 ? raw : raw[..40] + "...";
        }

        private T? Fail<T>(string reason, string detail)
        {
            Failure ??= BetReadResult.Invalid(betId, reason, detail);
            return default;
        }
    }
}

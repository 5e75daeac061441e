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
            return BetReadResult.Invalid(null, "invalid_json", $"not valid JSON: {e.Message}");
        }
    }

    public static BetReadResult Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return BetReadResult.Invalid(null, "invalid_json", $"a bet is a JSON object, not {json.ValueKind}");
        }
        string? betId = null;
        if (json.Property("bet_id") is { } idValue && !idValue.TryText(out betId))
        {
            return BetReadResult.Invalid(null, SettlementReasons.InvalidText, "bet_id holds text that is not valid Unicode (an escaped lone surrogate)");
        }
        betId = betId?.Trim();
        if (string.IsNullOrEmpty(betId))
        {
            return BetReadResult.Invalid(null, "missing_bet_id", "bet_id is required");
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
            FixtureId = fields.OptionalProviderId("fixture_id", "invalid_fixture_id"),
            OddsFixtureId = fields.OptionalId("odds_fixture_id"),
            HomeTeam = fields.OptionalText("home_team"),
            AwayTeam = fields.OptionalText("away_team"),
            Kickoff = fields.OptionalTimestamp("kickoff"),
            Scope = fields.Required("scope", WireNames.Scopes, "invalid_scope"),
            PlayerId = fields.OptionalProviderId("player_id", "invalid_player_id"),
            PlayerName = fields.OptionalText("player_name"),
            Market = fields.Required("market", WireNames.Markets, "unknown_market"),
            Period = fields.Optional("period", WireNames.Periods, "invalid_period") ?? BetPeriod.FullTime,
            Selection = fields.Required("selection", WireNames.Selections, "invalid_selection"),
            Line = fields.OptionalLine("line"),
            Odds = fields.RequiredDecimal("odds", "invalid_odds"),
            Stake = fields.RequiredDecimal("stake", "invalid_stake"),
            VoidRule = fields.Optional("void_rule", WireNames.VoidRules, "invalid_void_rule"),
            Source = fields.OptionalText("source"),
            Client = fields.OptionalText("client"),
            PlacedAt = fields.OptionalTimestamp("placed_at"),
        };
        if (fields.Failure is { } failure)
        {
            return failure;
        }
        return bet.FixtureId is null && bet.OddsFixtureId is null
            ? BetReadResult.Invalid(betId, "missing_fixture", "fixture_id (or odds_fixture_id) is required")
            : BetReadResult.Valid(bet);
    }

    /// <summary>Reads fields one by one and keeps the first failure, so a bet is reported by its first problem.</summary>
    private sealed class FieldReader(JsonElement json, string betId)
    {
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

        public Line? OptionalLine(string name)
        {
            if (json.Property(name) is not { } value)
            {
                return null;
            }
            if (!value.TryDecimal(out var number))
            {
                return Fail<Line>("invalid_line", $"{name} {Shown(value)} is not a number");
            }
            return Line.TryCreate(number, out var line)
                ? line
                : Fail<Line>("invalid_line", $"{name} {number} is not a whole, half or quarter line");
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
                return Fail<DateTimeOffset>("invalid_timestamp", $"{name} {Shown(value)} is not an ISO-8601 time");
            }
            return BetLimits.IsTime(timestamp)
                ? timestamp
                : Fail<DateTimeOffset>("invalid_timestamp",
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

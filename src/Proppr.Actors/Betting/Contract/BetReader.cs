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
        var betId = json.Property("bet_id")?.AsText()?.Trim();
        if (string.IsNullOrEmpty(betId))
        {
            return BetReadResult.Invalid(null, "missing_bet_id", "bet_id is required");
        }
        var fields = new FieldReader(json, betId);
        var bet = new Bet
        {
            BetId = betId,
            FixtureId = fields.OptionalId("fixture_id", "invalid_fixture_id"),
            OddsFixtureId = json.Property("odds_fixture_id")?.AsText(),
            HomeTeam = fields.OptionalText("home_team"),
            AwayTeam = fields.OptionalText("away_team"),
            Kickoff = fields.OptionalTimestamp("kickoff"),
            Scope = fields.Required("scope", WireNames.Scopes, "invalid_scope"),
            PlayerId = fields.OptionalId("player_id", "invalid_player_id"),
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
                : Fail<T>(reason, $"{name} '{text ?? value.GetRawText()}' is not one of {string.Join(", ", names.Names)}");
        }

        public decimal RequiredDecimal(string name, string reason)
        {
            if (json.Property(name) is not { } value)
            {
                return Fail<decimal>(reason, $"{name} is required");
            }
            return value.TryDecimal(out var parsed) ? parsed : Fail<decimal>(reason, $"{name} {value.GetRawText()} is not a number");
        }

        public Line? OptionalLine(string name)
        {
            if (json.Property(name) is not { } value)
            {
                return null;
            }
            if (!value.TryDecimal(out var number))
            {
                return Fail<Line>("invalid_line", $"{name} {value.GetRawText()} is not a number");
            }
            return Line.TryCreate(number, out var line)
                ? line
                : Fail<Line>("invalid_line", $"{name} {number} is not a whole, half or quarter line");
        }

        public long? OptionalId(string name, string reason)
        {
            if (json.Property(name) is not { } value)
            {
                return null;
            }
            return value.TryInt64(out var id) ? id : Fail<long>(reason, $"{name} {value.GetRawText()} is not an integer id");
        }

        public DateTimeOffset? OptionalTimestamp(string name)
        {
            if (json.Property(name) is not { } value)
            {
                return null;
            }
            return value.TryTimestamp(out var timestamp)
                ? timestamp
                : Fail<DateTimeOffset>("invalid_timestamp", $"{name} {value.GetRawText()} is not an ISO-8601 time");
        }

        public string? OptionalText(string name)
        {
            var text = json.Property(name)?.AsText()?.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }

        private T Fail<T>(string reason, string detail) where T : struct
        {
            Failure ??= BetReadResult.Invalid(betId, reason, detail);
            return default;
        }
    }
}

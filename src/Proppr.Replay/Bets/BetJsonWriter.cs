using System.Globalization;
using System.Text;
using System.Text.Json;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;

namespace Proppr.Replay.Bets;

/// <summary>Writes bets as <c>spec/bets.md</c> JSON lines (snake_case, only the fields a bet has), the inverse of <see cref="BetReader"/>.</summary>
public static class BetJsonWriter
{
    public static string ToJsonLine(Bet bet)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("bet_id", bet.BetId);
            if (bet.FixtureId is { } fixtureId)
            {
                writer.WriteNumber("fixture_id", fixtureId);
            }
            WriteIfAny(writer, "odds_fixture_id", bet.OddsFixtureId);
            WriteIfAny(writer, "home_team", bet.HomeTeam);
            WriteIfAny(writer, "away_team", bet.AwayTeam);
            WriteIfAny(writer, "kickoff", Timestamp(bet.Kickoff));
            writer.WriteString("scope", WireNames.Scopes.NameOf(bet.Scope));
            if (bet.PlayerId is { } playerId)
            {
                writer.WriteNumber("player_id", playerId);
            }
            WriteIfAny(writer, "player_name", bet.PlayerName);
            writer.WriteString("market", WireNames.Markets.NameOf(bet.Market));
            writer.WriteString("period", WireNames.Periods.NameOf(bet.Period));
            writer.WriteString("selection", WireNames.Selections.NameOf(bet.Selection));
            if (bet.Line is { } line)
            {
                writer.WriteNumber("line", line.Value);
            }
            writer.WriteNumber("odds", bet.Odds);
            writer.WriteNumber("stake", bet.Stake);
            WriteIfAny(writer, "void_rule", bet.VoidRule is { } rule ? WireNames.VoidRules.NameOf(rule) : null);
            WriteIfAny(writer, "source", bet.Source);
            WriteIfAny(writer, "client", bet.Client);
            WriteIfAny(writer, "placed_at", Timestamp(bet.PlacedAt));
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string? Timestamp(DateTimeOffset? instant) =>
        instant?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteIfAny(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}

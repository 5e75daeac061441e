using System.Text;
using System.Text.Json;

namespace Proppr.Actors.Betting.Contract;

/// <summary>
/// Writes bets in the JSON shape of <c>spec/bets.md</c>, the shape <see cref="BetReader"/> reads back. Absent optional
/// fields are left out. The score at placement is internal to grading, not part of the contract, and is not written.
/// </summary>
public static class BetWriter
{
    private static readonly JsonWriterOptions Compact = new() { Indented = false };

    public static string ToJsonLine(Bet bet) => JsonLine(writer => Write(writer, bet));

    /// <summary>What <paramref name="write"/> writes, as one line of compact JSON (settlements are written this way too).</summary>
    internal static string JsonLine(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void Write(Utf8JsonWriter writer, Bet bet)
    {
        writer.WriteStartObject();
        writer.WriteString("bet_id", bet.BetId);
        WriteIfPresent(writer, "fixture_id", bet.FixtureId);
        WriteIfPresent(writer, "odds_fixture_id", bet.OddsEventId);
        WriteIfPresent(writer, "home_team", bet.HomeTeam);
        WriteIfPresent(writer, "away_team", bet.AwayTeam);
        WriteIfPresent(writer, "kickoff", bet.Kickoff);
        writer.WriteString("scope", WireNames.Scopes.NameOf(bet.Scope));
        WriteIfPresent(writer, "player_id", bet.PlayerId);
        WriteIfPresent(writer, "player_name", bet.PlayerName);
        WriteIfPresent(writer, "odds_player_id", bet.OddsPlayerId);
        writer.WriteString("market", WireNames.Markets.NameOf(bet.Market));
        writer.WriteString("period", WireNames.Periods.NameOf(bet.Period));
        writer.WriteString("selection", WireNames.Selections.NameOf(bet.Selection));
        if (bet.Line is { } line)
        {
            writer.WriteNumber("line", line.Value);
        }
        writer.WriteNumber("odds", bet.Odds);
        writer.WriteNumber("stake", bet.Stake);
        if (bet.VoidRule is { } voidRule)
        {
            writer.WriteString("void_rule", WireNames.VoidRules.NameOf(voidRule));
        }
        WriteIfPresent(writer, "source", bet.Source);
        WriteIfPresent(writer, "client", bet.Client);
        WriteIfPresent(writer, "placed_at", bet.PlacedAt);
        if (bet.PriorSettlement is { } prior)
        {
            // What the reader takes back; the money follows from the bet (PriorSettlements).
            writer.WriteStartObject("prior_settlement");
            writer.WriteString("status", WireNames.Statuses.NameOf(prior.Status));
            WriteIfPresent(writer, "settled_at", prior.SettledAt);
            if (prior.ActualValue is { } actual)
            {
                writer.WriteNumber("actual_value", actual);
            }
            WriteIfPresent(writer, "reason", prior.Reason);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>Times in UTC, as the contract's examples give them.</summary>
    private static void WriteIfPresent(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, time.UtcDateTime);
        }
    }
}

using System.Text.Json;

namespace Proppr.Actors.Betting.Contract;

/// <summary>
/// Writes settlements in the JSON shape of <c>spec/bets.md</c>. The contract fields always; the audit fields
/// (<c>settled_at</c>, <c>fixture_state</c>, <c>resettled_from</c>) when asked, as the API and stream give them.
/// </summary>
public static class SettlementWriter
{
    public static string ToJsonLine(Settlement settlement, bool withAudit = false) =>
        BetWriter.JsonLine(writer => Write(writer, settlement, withAudit));

    public static void Write(Utf8JsonWriter writer, Settlement settlement, bool withAudit)
    {
        writer.WriteStartObject();
        // A line rejected before its bet_id could be read has none.
        writer.WriteString("bet_id", string.IsNullOrEmpty(settlement.BetId) ? null : settlement.BetId);
        writer.WriteString("status", WireNames.Statuses.NameOf(settlement.Status));
        if (settlement.ActualValue is { } actual)
        {
            writer.WriteNumber("actual_value", Shortest(actual));
        }
        else
        {
            writer.WriteNull("actual_value");
        }
        writer.WriteNumber("returns", Shortest(settlement.Returns));
        writer.WriteNumber("profit_loss", Shortest(settlement.ProfitLoss));
        writer.WriteString("reason", settlement.Reason);
        if (withAudit)
        {
            WriteAudit(writer, settlement);
        }
        writer.WriteEndObject();
    }

    private static void WriteAudit(Utf8JsonWriter writer, Settlement settlement)
    {
        if (settlement.SettledAt is { } settledAt)
        {
            writer.WriteString("settled_at", settledAt.UtcDateTime);
        }
        if (settlement.FixtureState is { } state)
        {
            writer.WriteString("fixture_state", WireNames.FixtureStates.NameOf(state));
        }
        if (settlement.ResettledFrom is { } earlier)
        {
            writer.WritePropertyName("resettled_from");
            Write(writer, earlier, withAudit: true);
        }
    }

    /// <summary>
    /// A decimal in its shortest form (18.0 and 18.00 both become 18, 19.50 becomes 19.5): decimal arithmetic keeps
    /// the scale of its operands, which would otherwise make equal amounts print differently from bet to bet.
    /// </summary>
    private static decimal Shortest(decimal value) => value / 1.0000000000000000000000000000m;
}

using System.Collections.Immutable;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Reads the <c>Card</c> events, including those that do not count: FotMob flags cards to coaches and to players off
/// the pitch in <c>cardDescription</c>, and a card at minute 121 was shown during the shoot-out.
/// </summary>
internal static class FotMobCardReader
{
    public static ImmutableArray<CardEvent> Read(FotMobPayload payload)
    {
        var cards = ImmutableArray.CreateBuilder<CardEvent>();
        foreach (var e in payload.EventsOfType("Card"))
        {
            if (FotMobEvent.Time(e) is { } time && FotMobEvent.SideOf(e) is { } side && Kind(e) is { } kind)
            {
                cards.Add(new CardEvent(time, side, FotMobEvent.PlayerId(e), kind, Recipient(e), time.Period == MatchPeriod.PenaltyShootout));
            }
        }
        return cards.ToImmutable();
    }

    /// <summary>A second yellow arrives as a <c>Yellow</c> event followed by a <c>YellowRed</c> one.</summary>
    private static CardKind? Kind(JsonElement e) => e.Property("card")?.AsText() switch
    {
        "Yellow" => CardKind.Yellow,
        "YellowRed" => CardKind.SecondYellow,
        "Red" => CardKind.Red,
        _ => null,
    };

    private static CardRecipient Recipient(JsonElement e) => e.Path("cardDescription", "localizedKey")?.AsText() switch
    {
        "coach" => CardRecipient.Coach,
        "not_on_pitch" => CardRecipient.PlayerNotOnPitch,
        _ => CardRecipient.PlayerOnPitch,
    };
}

using System.Collections.Immutable;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Reads the <c>Card</c> events, including those that do not count: FotMob flags cards to coaches and to players off
/// the pitch in <c>cardDescription</c>, and a card at minute 121 was shown during the shoot-out. The <c>VAR</c> events'
/// card decisions are then applied (<see cref="FotMobCardReviews"/>), so each card is the referee's final decision.
/// </summary>
internal static class FotMobCardReader
{
    public static ImmutableArray<CardEvent> Read(FotMobPayload payload) =>
        FotMobCardReviews.Apply(payload, payload.ReadEvents("Card", (e, time, side) => Kind(e) is { } kind
            ? new CardEvent(time, side, FotMobEvent.PlayerId(e), kind, Recipient(e), time.Period == MatchPeriod.PenaltyShootout)
            : null));

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

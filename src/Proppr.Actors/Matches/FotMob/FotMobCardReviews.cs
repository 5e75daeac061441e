using System.Collections.Immutable;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Card decisions of the <c>VAR</c> events (<c>{"VAR": {"pendingDecision": false, "decision": {"key": [...]}}}</c>):
/// <c>var_card_changed_to_yellow</c>, <c>var_card_changed_to_red</c>, <c>var_red_card_removed</c>,
/// <c>var_yellow_card_removed</c>, <c>var_card_removed</c>. Each changes the reviewed player's card of that kind
/// shown last before the review (else the first after it); a decision still pending changes nothing yet, and one
/// that names no card of his is ignored.
/// </summary>
internal static class FotMobCardReviews
{
    private static readonly CardKind[] Reds = [CardKind.Red, CardKind.SecondYellow];
    private static readonly CardKind[] Yellows = [CardKind.Yellow];
    private static readonly CardKind[] AnyCard = [CardKind.Red, CardKind.SecondYellow, CardKind.Yellow];

    public static ImmutableArray<CardEvent> Apply(FotMobPayload payload, ImmutableArray<CardEvent> cards)
    {
        var reviewed = cards.ToList();
        foreach (var review in payload.EventsOfType("VAR"))
        {
            if (review.Path("VAR", "pendingDecision") is { ValueKind: System.Text.Json.JsonValueKind.True } ||
                FotMobEvent.Time(review) is not { } time ||
                FotMobEvent.PlayerId(review) is not { } playerId)
            {
                continue;
            }
            foreach (var key in review.Path("VAR", "decision", "key").Items().Select(k => k.AsText()))
            {
                Decide(reviewed, key, playerId, time);
            }
        }
        return [.. reviewed];
    }

    private static void Decide(List<CardEvent> cards, string? decision, long playerId, MatchTime time)
    {
        switch (decision)
        {
            case "var_card_changed_to_yellow":
                // A straight red becomes a yellow; a second yellow cannot be "just a yellow", so its red goes.
                if (!Change(cards, playerId, time, [CardKind.Red], card => card with { Kind = CardKind.Yellow, ShownAs = card.Kind }))
                {
                    Change(cards, playerId, time, [CardKind.SecondYellow], card => card with { Withdrawn = true });
                }
                break;
            case "var_card_changed_to_red":
                Change(cards, playerId, time, Yellows, card => card with { Kind = CardKind.Red, ShownAs = card.Kind });
                break;
            case "var_red_card_removed":
                Change(cards, playerId, time, Reds, card => card with { Withdrawn = true });
                break;
            case "var_yellow_card_removed":
                Change(cards, playerId, time, Yellows, card => card with { Withdrawn = true });
                break;
            case "var_card_removed":
                Change(cards, playerId, time, AnyCard, card => card with { Withdrawn = true });
                break;
        }
    }

    private static bool Change(List<CardEvent> cards, long playerId, MatchTime time, CardKind[] kinds, Func<CardEvent, CardEvent> change)
    {
        var candidates = cards.Select((card, index) => (card, index))
            .Where(c => c.card.PlayerId == playerId && !c.card.Withdrawn && kinds.Contains(c.card.Kind))
            .ToList();
        var target = candidates.LastOrDefault(c => c.card.Time <= time);
        if (target.card is null)
        {
            target = candidates.FirstOrDefault();
        }
        if (target.card is null)
        {
            return false;
        }
        cards[target.index] = change(target.card);
        return true;
    }
}

using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// The bookings of a match as bookmakers settle them (<c>spec/settlement-rules.md</c>, Cards), from FotMob's three
/// sources that disagree. First the card events, which say who and when: per player on the pitch, his first yellow is a
/// yellow, a second yellow is a red (not a yellow again), a straight red a red, and nothing after his sending-off;
/// cards to coaches, to players not on the pitch and in the shoot-out never count, and a card changed on review counts
/// as what it became. Then the bookings no event carries: a lineup marker of a player who played (unless a review
/// touched his cards: the review is in the events only), and what the team stats count beyond the events and markers.
/// Those are placed in a period where the team stats' period columns show the card, else they have no period.
/// Comparing with the team stats counts cards the way they do: with cards to players not on the pitch and shoot-out
/// cards, without coaches; as first shown when a review changed a card; and never less than the events (the stats drop
/// the first yellow of a second-yellow dismissal), so a missing row or a lower figure adds nothing.
/// </summary>
internal static class CardBookings
{
    private static readonly Stat[] Kinds = [Stat.YellowCards, Stat.RedCards];

    /// <summary>The bookings of one kind in the window shown to <paramref name="who"/>.</summary>
    public static int Count(MatchDetails match, PeriodWindow window, Stat kind, Subject who) =>
        Of(match).Count(b => b.Kind == kind && who.Owns(b.Side, b.PlayerId) && InWindow(b, window, match));

    /// <summary>A booking placed in no period is known to belong to regulation only once the match is over.</summary>
    private static bool InWindow(Booking booking, PeriodWindow window, MatchDetails match) =>
        booking.Period is { } period ? window.Contains(period) : window.IsFullTime && match.Status == MatchStatus.Finished;

    public static IReadOnlyList<Booking> Of(MatchDetails match)
    {
        var bookings = FromEvents(match).ToList();
        var unexplained = Unexplained(match);
        foreach (var player in match.Lineup.Players.Where(p => p.Played && p.Marks != CardMarks.None))
        {
            bookings.AddRange(FromMarks(match, player, unexplained));
        }
        foreach (var (cell, surplus) in unexplained)
        {
            bookings.AddRange(Enumerable.Repeat(new Booking(cell.Side, null, cell.Kind, cell.Period), surplus));
        }
        return bookings;
    }

    private static IEnumerable<Booking> FromEvents(MatchDetails match)
    {
        var counted = match.Cards.Where(c => c.Counts).OrderBy(c => c.Time).ThenBy(c => c.Kind).ToList();
        foreach (var card in counted.Where(c => c.PlayerId is null))
        {
            yield return new Booking(card.Side, null, card.Kind == CardKind.Yellow ? Stat.YellowCards : Stat.RedCards, card.Period);
        }
        foreach (var cards in counted.Where(c => c.PlayerId is not null).GroupBy(c => (c.Side, c.PlayerId)))
        {
            foreach (var booking in OfPlayer(cards.ToList()))
            {
                yield return booking;
            }
        }
    }

    /// <summary>At most one yellow and one red: a second yellow is the red, a yellow-red without a yellow before it shows both.</summary>
    private static IEnumerable<Booking> OfPlayer(List<CardEvent> cards)
    {
        var booked = false;
        foreach (var card in cards)
        {
            if (card.Kind == CardKind.Yellow && !booked)
            {
                booked = true;
                yield return new Booking(card.Side, card.PlayerId, Stat.YellowCards, card.Period);
                continue;
            }
            if (card.Kind == CardKind.SecondYellow && !booked)
            {
                // His first yellow is missing from the events: it came before, in this half only if this is the first.
                booked = true;
                yield return new Booking(card.Side, card.PlayerId, Stat.YellowCards,
                    card.Period == MatchPeriod.FirstHalf ? MatchPeriod.FirstHalf : null);
            }
            yield return new Booking(card.Side, card.PlayerId, Stat.RedCards, card.Period);
            yield break;
        }
    }

    /// <summary>
    /// A marked booking no event of his carries, placed in the first period whose column shows a card of his side that
    /// no event explains (taking that card), else in no period.
    /// </summary>
    private static IEnumerable<Booking> FromMarks(MatchDetails match, MatchPlayer player, Dictionary<StatsCell, int> unexplained)
    {
        var cards = match.Cards.Where(c => c.PlayerId == player.Id).ToList();
        if (cards.Any(c => c.Reviewed))
        {
            yield break;
        }
        var yellowCarried = cards.Any(c => c.Kind is CardKind.Yellow or CardKind.SecondYellow);
        var redCarried = cards.Any(c => c.Kind is CardKind.Red or CardKind.SecondYellow) || cards.Count(c => c.Kind == CardKind.Yellow) > 1;
        foreach (var (kind, missing) in new[] { (Stat.YellowCards, player.Marks.Yellow && !yellowCarried), (Stat.RedCards, player.Marks.Red && !redCarried) })
        {
            if (!missing)
            {
                continue;
            }
            var period = unexplained.Where(u => u.Key.Side == player.Side && u.Key.Kind == kind && u.Key.Period is not null && u.Value > 0)
                .Select(u => u.Key.Period).Order().FirstOrDefault();
            var cell = new StatsCell(player.Side, kind, period);
            unexplained[cell] = Math.Max(0, unexplained.GetValueOrDefault(cell) - 1);
            yield return new Booking(player.Side, player.Id, kind, period);
        }
    }

    /// <summary>
    /// Per side, kind and stats column (a period, or null for the whole match beyond its period columns): how many cards
    /// the team stats count that no card event accounts for.
    /// </summary>
    private static Dictionary<StatsCell, int> Unexplained(MatchDetails match)
    {
        var result = new Dictionary<StatsCell, int>();
        var shown = match.Cards.Where(c => c.Recipient != CardRecipient.Coach).ToList();
        foreach (var side in new[] { Side.Home, Side.Away })
        {
            foreach (var kind in Kinds)
            {
                var ofSide = shown.Where(c => c.Side == side && Shows(c, kind, shown)).ToList();
                var inPeriods = 0;
                foreach (var (period, table) in match.TeamStats.ByPeriod)
                {
                    if (table.TryGetValue(kind, out var pair))
                    {
                        var surplus = Math.Max(0, (int)pair.For(side) - ofSide.Count(c => c.Period == period));
                        result[new StatsCell(side, kind, period)] = surplus;
                        inPeriods += surplus;
                    }
                }
                if (match.TeamStats.Total(kind) is { } all)
                {
                    result[new StatsCell(side, kind, null)] = Math.Max(0, (int)all.For(side) - ofSide.Count - inPeriods);
                }
            }
        }
        return result;
    }

    /// <summary>
    /// A card the team stats may count as <paramref name="kind"/>: as it stands or as first shown; a player's second
    /// yellow also as the red it is.
    /// </summary>
    private static bool Shows(CardEvent card, Stat kind, List<CardEvent> shown) => kind == Stat.YellowCards
        ? card.Kind == CardKind.Yellow || card.ShownAs == CardKind.Yellow
        : card.Kind is CardKind.Red or CardKind.SecondYellow || card.ShownAs is CardKind.Red or CardKind.SecondYellow ||
          (card.Kind == CardKind.Yellow && shown.TakeWhile(other => !ReferenceEquals(other, card)).Any(other => other.PlayerId == card.PlayerId && other.Kind == CardKind.Yellow));

    /// <summary>One cell of the team stats: a side's count of one kind of card in a period column, or (null) beyond them.</summary>
    private readonly record struct StatsCell(Side Side, Stat Kind, MatchPeriod? Period);
}

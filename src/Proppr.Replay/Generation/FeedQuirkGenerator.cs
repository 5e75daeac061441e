using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>
/// Draws a played match's <see cref="FeedQuirk"/>s, each when <c>happens</c> says so. A booking of a substituted
/// player is a fact of the match (team stats count it), so the facts come back with it.
/// </summary>
internal sealed class FeedQuirkGenerator(Random random)
{
    public (MatchQuirks Quirks, MatchFacts Facts) Draw(SyntheticTeam home, SyntheticTeam away, MatchFacts facts, Func<FeedQuirk, bool> happens)
    {
        var quirks = MatchQuirks.None;
        var time = facts.PlayingTime;
        // A match stopped for good has no extra time and no award; a cup tie needs a level 90 minutes to go on.
        if (happens(FeedQuirk.Abandoned))
        {
            quirks = quirks with { AbandonedAt = time.Random(random, new MatchTime(20), new MatchTime(85)) };
        }
        else if (happens(FeedQuirk.ExtraTimeAndPenalties))
        {
            facts = Levelled(facts);
            quirks = quirks with { Shootout = new ShootoutGenerator(random).Draw(PitchRoster.Of(home, away, facts), time.FullTime) };
        }
        else if (happens(FeedQuirk.Awarded))
        {
            quirks = quirks with { AwardedTo = RandomSide() };
        }
        var roster = PitchRoster.Of(home, away, facts);
        if (happens(FeedQuirk.SubstitutedPlayerBooked) && SubstitutedBooking(facts, time) is { } late)
        {
            facts = facts with { Cards = [.. facts.Cards.Append(late).OrderBy(c => c.Time)] };
            quirks = quirks with { SubstitutedPlayerBooked = late };
        }
        if (happens(FeedQuirk.BookingMissingFromEvents))
        {
            var plain = facts.LoneYellows.Where(c => c != quirks.SubstitutedPlayerBooked).ToList();
            quirks = quirks with { BookingMissingFromEvents = plain.Count > 0 ? random.Pick(plain) : null };
        }
        if (happens(FeedQuirk.CoachBooked))
        {
            var side = RandomSide();
            var team = roster.Team(side);
            quirks = quirks with { CoachBooked = new FeedIncident(time.Random(random), side, team.CoachId, team.CoachName) };
        }
        // Without half columns there are no half splits to write as null.
        var noHalfColumns = happens(FeedQuirk.NoHalfColumns);
        quirks = quirks with
        {
            NullHalfSplits = happens(FeedQuirk.NullHalfSplits) && !noHalfColumns,
            NoHalfColumns = noHalfColumns,
            TotalAboveHalves = happens(FeedQuirk.TotalAboveHalves) ? RandomSide() : null,
            MissedPenalty = happens(FeedQuirk.MissedPenalty) ? Incident(roster, time, PositionWeights.PenaltyTaker) : null,
            GoalCancelledByVar = happens(FeedQuirk.GoalCancelledByVar) ? Incident(roster, time, PositionWeights.Scorer) : null,
            CardChangedByVar = happens(FeedQuirk.CardChangedByVar) ? Review(roster, facts, time) : null,
        };
        return (quirks, facts);
    }

    /// <summary>The facts without the leading side's latest goals, so the 90 minutes end level.</summary>
    private static MatchFacts Levelled(MatchFacts facts)
    {
        var goals = facts.Goals.ToList();
        while (goals.Count(g => g.Side == Side.Home) - goals.Count(g => g.Side == Side.Away) is var margin && margin != 0)
        {
            var leader = margin > 0 ? Side.Home : Side.Away;
            goals.RemoveAt(goals.FindLastIndex(g => g.Side == leader));
        }
        return facts with { Goals = [.. goals] };
    }

    /// <summary>A straight red of the facts first shown as a yellow, or (half the time, or with no red) a yellow taken back.</summary>
    private CardReview? Review(PitchRoster roster, MatchFacts facts, PlayingTime time)
    {
        var reds = facts.Cards.Where(c => c.Kind == CardKind.Red).ToList();
        if (reds.Count > 0 && random.Chance(0.5))
        {
            var red = random.Pick(reds);
            var player = roster.Team(red.Side).Player(red.PlayerId);
            return new CardReview(new FeedIncident(red.Time, red.Side, red.PlayerId, player.Name), ToRed: true);
        }
        return Incident(roster, time, PositionWeights.Booked) is { } shown ? new CardReview(shown, ToRed: false) : null;
    }

    private Side RandomSide() => random.Chance(0.5) ? Side.Home : Side.Away;

    /// <summary>A player of <paramref name="weights"/>' kind, on the pitch at a random minute.</summary>
    private FeedIncident? Incident(PitchRoster roster, PlayingTime time, PositionWeights weights)
    {
        var side = RandomSide();
        var at = time.Random(random);
        return random.PickWeighted(roster.OnPitch(side, at), weights.Of) is { } player ? new FeedIncident(at, side, player.Id, player.Name) : null;
    }

    /// <summary>A yellow, shown from the bench, to an unbooked player some minutes after he went off.</summary>
    private CardFact? SubstitutedBooking(MatchFacts facts, PlayingTime time)
    {
        var candidates = facts.Substitutions
            .Where(s => s.Time < new MatchTime(88) && facts.Cards.All(c => c.PlayerId != s.OffId))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }
        var substitution = random.Pick(candidates);
        var at = time.Random(random, new MatchTime(substitution.Time.Minute + 2), time.FullTime);
        return new CardFact(at, substitution.Side, substitution.OffId, CardKind.Yellow);
    }
}

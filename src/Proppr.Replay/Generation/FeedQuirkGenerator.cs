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
        var roster = PitchRoster.Of(home, away, facts);
        var time = facts.PlayingTime;
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
        };
        return (quirks, facts);
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

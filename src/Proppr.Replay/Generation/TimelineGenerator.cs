using System.Collections.Immutable;
using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>
/// Draws a match's facts at realistic rates (about 2.7 goals, 10 corners, 4 yellows, 22 fouls, 24 shots). Substitutions
/// and dismissals come first, so every later event goes to a player who is on the pitch at that minute.
/// </summary>
internal sealed class TimelineGenerator(Random random)
{
    public MatchFacts Generate(SyntheticTeam home, SyntheticTeam away, GoalRates rates)
    {
        var time = new PlayingTime(random.Next(1, 6), random.Next(2, 9));
        var roster = new PitchRoster(home, away);
        var substitutions = Substitutions(Side.Home, roster, time).Concat(Substitutions(Side.Away, roster, time)).ToList();
        var cards = Dismissals(roster, time);
        cards.AddRange(Yellows(roster, time, cards));
        var goals = Goals(Side.Home, rates.Home, roster, time).Concat(Goals(Side.Away, rates.Away, roster, time)).ToList();
        var shots = Shots(Side.Home, rates.Home, roster, time).Concat(Shots(Side.Away, rates.Away, roster, time)).ToList();
        var corners = PerSide(rates, 4.2, 0.8, (side, at) => Pick(roster.OnPitch(side, at), PositionWeights.CornerTaker) is { } taker ? new CornerFact(at, side, taker.Id) : null, roster, time);
        var fouls = PerSide(rates, 11.0, -0.4, (side, at) => Foul(roster, side, at), roster, time);
        var offsides = PerSide(rates, 1.9, 0.2, (side, at) => Pick(roster.OnPitch(side, at), PositionWeights.Offside) is { } p ? new OffsideFact(at, side, p.Id) : null, roster, time);
        return new MatchFacts(
            time.FirstHalfAdded, time.SecondHalfAdded,
            Ordered(substitutions), Ordered(cards), Ordered(goals), Ordered(shots), Ordered(corners), Ordered(fouls), Ordered(offsides));
    }

    private static ImmutableArray<T> Ordered<T>(IEnumerable<T> facts) where T : IMatchFact => [.. facts.OrderBy(f => f.Time)];

    /// <summary>3 to 5 changes a side, a few at half time, never the keeper; injuries can come earlier.</summary>
    private List<SubstitutionFact> Substitutions(Side side, PitchRoster roster, PlayingTime time)
    {
        var count = random.Next(3, 6);
        var bench = random.Sample(roster.Team(side).Substitutes.Where(p => !p.IsGoalkeeper), count);
        var minutes = Enumerable.Range(0, count)
            .Select(_ => random.Chance(0.15) ? new MatchTime(46) : new MatchTime(random.Next(55, 90)))
            .Order()
            .ToList();
        var made = new List<SubstitutionFact>();
        for (var i = 0; i < bench.Count; i++)
        {
            var injury = random.Chance(0.08);
            var at = injury ? new MatchTime(random.Next(20, 80)) : minutes[i];
            // Never the keeper, nor a player who came on in that same minute.
            var candidates = roster.OnPitchToTheEnd(side, at).Where(p => roster.Spell(p.Id)!.On is not { } on || on < at).ToList();
            var off = Pick(candidates, PositionWeights.SubstitutedOff);
            if (off is null)
            {
                continue;
            }
            roster.Substitute(bench[i].Id, off.Id, at);
            made.Add(new SubstitutionFact(at, side, bench[i].Id, off.Id, injury));
        }
        return made;
    }

    /// <summary>Now and then a straight red or a second yellow; the player leaves and takes no later events.</summary>
    private List<CardFact> Dismissals(PitchRoster roster, PlayingTime time)
    {
        var cards = new List<CardFact>();
        if (random.Chance(0.07))
        {
            var side = random.Chance(0.45) ? Side.Home : Side.Away;
            var at = time.Random(random, new MatchTime(15), time.FullTime);
            if (Pick(roster.OnPitchToTheEnd(side, at), PositionWeights.SentOff) is { } player)
            {
                roster.SendOff(player.Id, at);
                cards.Add(new CardFact(at, side, player.Id, CardKind.Red));
            }
        }
        if (random.Chance(0.11))
        {
            var side = random.Chance(0.45) ? Side.Home : Side.Away;
            var first = time.Random(random, new MatchTime(10), new MatchTime(75));
            var second = time.Random(random, new MatchTime(first.Minute + 3), time.FullTime);
            if (Pick(roster.OnPitchToTheEnd(side, second).Where(p => roster.Spell(p.Id)!.Covers(first)).ToList(), PositionWeights.SentOff) is { } player)
            {
                roster.SendOff(player.Id, second);
                cards.Add(new CardFact(first, side, player.Id, CardKind.Yellow));
                cards.Add(new CardFact(second, side, player.Id, CardKind.SecondYellow));
            }
        }
        return cards;
    }

    /// <summary>About four yellows a match, at most one each (second yellows are drawn as dismissals).</summary>
    private IEnumerable<CardFact> Yellows(PitchRoster roster, PlayingTime time, List<CardFact> dismissals)
    {
        var booked = dismissals.Select(c => c.PlayerId).ToHashSet();
        var count = random.Poisson(3.8);
        for (var i = 0; i < count; i++)
        {
            var side = random.Chance(0.46) ? Side.Home : Side.Away;
            var at = time.Random(random);
            var candidates = roster.OnPitch(side, at).Where(p => !booked.Contains(p.Id)).ToList();
            if (Pick(candidates, PositionWeights.Booked) is { } player)
            {
                booked.Add(player.Id);
                yield return new CardFact(at, side, player.Id, CardKind.Yellow);
            }
        }
    }

    private IEnumerable<GoalFact> Goals(Side side, double rate, PitchRoster roster, PlayingTime time)
    {
        var count = random.Poisson(rate);
        for (var i = 0; i < count; i++)
        {
            var at = time.Random(random);
            if (random.Chance(0.04) && Pick(roster.OnPitch(side.Opponent(), at), PositionWeights.OwnGoal) is { } unlucky)
            {
                yield return new GoalFact(at, side, unlucky.Id, null, Penalty: false, OwnGoal: true, ExpectedGoals: 0m);
                continue;
            }
            var onPitch = roster.OnPitch(side, at);
            var penalty = random.Chance(0.09);
            var scorer = Pick(onPitch, penalty ? PositionWeights.PenaltyTaker : PositionWeights.Scorer);
            if (scorer is null)
            {
                continue;
            }
            var assist = !penalty && random.Chance(0.72) ? Pick(onPitch.Where(p => p.Id != scorer.Id).ToList(), PositionWeights.Assister) : null;
            var expectedGoals = penalty ? 0.79m : random.Decimal(0.06, 0.75, 2);
            yield return new GoalFact(at, side, scorer.Id, assist?.Id, penalty, OwnGoal: false, expectedGoals);
        }
    }

    /// <summary>Shots that did not score, about 10 a side, more for the stronger attack.</summary>
    private IEnumerable<ShotFact> Shots(Side side, double rate, PitchRoster roster, PlayingTime time)
    {
        var count = random.Poisson(10.5 * Math.Sqrt(rate / 1.35));
        for (var i = 0; i < count; i++)
        {
            var at = time.Random(random);
            if (Pick(roster.OnPitch(side, at), PositionWeights.Scorer) is not { } shooter)
            {
                continue;
            }
            var roll = random.NextDouble();
            var outcome = roll < 0.30 ? ShotOutcome.Saved : roll < 0.57 ? ShotOutcome.Blocked : ShotOutcome.OffTarget;
            // Most shots are poor chances; one in ten is a big one.
            var expectedGoals = random.Chance(0.1) ? random.Decimal(0.3, 0.6, 2) : random.Decimal(0.02, 0.14, 2);
            yield return new ShotFact(at, side, shooter.Id, outcome, expectedGoals);
        }
    }

    private FoulFact? Foul(PitchRoster roster, Side side, MatchTime at) =>
        Pick(roster.OnPitch(side, at), PositionWeights.Booked) is { } player &&
        Pick(roster.OnPitch(side.Opponent(), at), PositionWeights.Scorer) is { } victim
            ? new FoulFact(at, side, player.Id, victim.Id)
            : null;

    /// <summary>A count per side around a mean, nudged by the side's attacking strength, each at a random minute.</summary>
    private List<T> PerSide<T>(GoalRates rates, double mean, double strengthEffect, Func<Side, MatchTime, T?> make, PitchRoster roster, PlayingTime time)
        where T : class, IMatchFact
    {
        var facts = new List<T>();
        foreach (var (side, rate) in new[] { (Side.Home, rates.Home), (Side.Away, rates.Away) })
        {
            var count = random.Poisson(Math.Max(0.5, mean + (strengthEffect * (rate - 1.35))));
            for (var i = 0; i < count; i++)
            {
                if (make(side, time.Random(random)) is { } fact)
                {
                    facts.Add(fact);
                }
            }
        }
        return facts;
    }

    private SquadPlayer? Pick(IReadOnlyList<SquadPlayer> players, PositionWeights weights) => random.PickWeighted(players, weights.Of);
}

namespace Proppr.Replay.Generation;

/// <summary>
/// Generates a whole match day from a seed: pure and reproducible. Each fixture draws from its own seed (taken from the
/// day's), so adding a correction or changing one match never shifts the others' draws.
/// </summary>
public static class MatchDayGenerator
{
    public static MatchDay Generate(MatchDayOptions options)
    {
        options.Validate();
        var random = new Random(options.Seed);
        var names = new NameBank(random);
        var teamIds = new IdSequence(random, 700_000 + random.Next(100_000), 400);
        var playerIds = new IdSequence(random, 1_100_000 + random.Next(100_000), 900);
        var matchIds = new IdSequence(random, 4_700_000 + random.Next(100_000), 30);
        var oddsIds = new IdSequence(random, 62_000_000 + random.Next(1_000_000), 700);
        var squads = new SquadGenerator(random, names, teamIds, playerIds);

        var postponed = options.PostponeOne ? random.Next(options.Fixtures) : -1;
        var played = Enumerable.Range(0, options.Fixtures).Where(i => i != postponed).ToList();
        var forced = ForcedQuirks(options.Quirks, played);
        played.RemoveAll(i => forced.GetValueOrDefault(i)?.Contains(FeedQuirk.Cancelled) == true);
        var correctionCount = options.CorrectionShare > 0 ? Math.Max(1, (int)Math.Round(options.CorrectionShare * played.Count)) : 0;
        // A forced abandonment or shoot-out would drop its correction: the corrections go to matches that keep them.
        var correctable = played.Where(i => forced.GetValueOrDefault(i)?.Overlaps(Uncorrectable) != true).ToList();
        var corrected = random.Sample(correctable, correctionCount).ToHashSet();
        var round = random.Next(1, 39);

        var matches = Enumerable.Range(0, options.Fixtures).Select(index =>
        {
            var matchRandom = new Random(random.Next());
            var home = squads.Team();
            var away = squads.Team();
            var rates = new GoalRates(1.5 * matchRandom.Between(0.7, 1.3), 1.2 * matchRandom.Between(0.7, 1.3));
            var facts = new TimelineGenerator(matchRandom).Generate(home, away, rates);
            bool Happens(FeedQuirk quirk) =>
                forced.GetValueOrDefault(index)?.Contains(quirk) == true || (options.Quirks.Of(quirk) is > 0 and var rate && matchRandom.Chance(rate));
            var cancelled = index != postponed && Happens(FeedQuirk.Cancelled);
            var (quirks, quirkedFacts) = new FeedQuirkGenerator(matchRandom).Draw(home, away, facts, Happens);
            facts = quirkedFacts;
            // A correction would unsettle a level 90 minutes, and nobody corrects a match that was never finished.
            var correction = corrected.Contains(index) && !cancelled && quirks.Shootout is null && quirks.AbandonedAt is null
                ? new CorrectionGenerator(matchRandom, options.LateCorrectionShare).Correct(home, away, facts)
                : null;
            // Drawn last, so the mix never shifts the match's other draws.
            var era = options.EraMix.Pick(matchRandom, played.IndexOf(index) is >= 0 and var nth ? nth : index);
            return new SyntheticMatch(
                matchIds.Next(), oddsIds.Next(), options.League, round, Kickoff(options, index), home, away, rates,
                index == postponed || cancelled, facts, correction)
            // A match that never kicks off shows none of the quirks of play.
            {
                Quirks = cancelled ? MatchQuirks.None with { Cancelled = true } : index == postponed ? MatchQuirks.None : quirks,
                Era = era,
            };
        });
        return new MatchDay(options.Date, [.. matches]);
    }

    /// <summary>Quirks whose match gets no correction (<see cref="Generate"/>).</summary>
    private static readonly FeedQuirk[] Uncorrectable = [FeedQuirk.Abandoned, FeedQuirk.ExtraTimeAndPenalties];

    /// <summary>Quirks that end a match early: with <see cref="FeedQuirkRates.ForceEach"/> each gets a match of its own.</summary>
    private static readonly FeedQuirk[] Alone = [FeedQuirk.Cancelled, FeedQuirk.Abandoned];

    /// <summary>
    /// With <see cref="FeedQuirkRates.ForceEach"/>, the quirks each played match must have: every quirk in turn on the
    /// next played match, the cancellation and the abandonment each on one of the last ones (as many as leave one played).
    /// </summary>
    private static Dictionary<int, HashSet<FeedQuirk>> ForcedQuirks(FeedQuirkRates rates, List<int> played)
    {
        var forced = new Dictionary<int, HashSet<FeedQuirk>>();
        if (!rates.ForceEach || played.Count == 0)
        {
            return forced;
        }
        var alone = Math.Min(Alone.Length, played.Count - 1);
        var inPlay = played[..^alone];
        var quirks = Enum.GetValues<FeedQuirk>().Except(Alone).ToList();
        for (var i = 0; i < quirks.Count; i++)
        {
            var index = inPlay[i % inPlay.Count];
            forced[index] = [.. forced.GetValueOrDefault(index) ?? [], quirks[i]];
        }
        for (var i = 0; i < alone; i++)
        {
            forced[played[^(i + 1)]] = [Alone[i]];
        }
        return forced;
    }

    private static DateTimeOffset Kickoff(MatchDayOptions options, int index)
    {
        var first = options.FirstKickoff.ToTimeSpan();
        var span = options.LastKickoff.ToTimeSpan() - first;
        var offset = options.Fixtures == 1 ? TimeSpan.Zero : span * index / (options.Fixtures - 1);
        var rounded = TimeSpan.FromMinutes(Math.Round(offset.TotalMinutes / 5) * 5);
        return new DateTimeOffset(options.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + first + rounded;
    }
}

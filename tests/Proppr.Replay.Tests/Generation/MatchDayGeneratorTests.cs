using System.Text.Json;
using Proppr.Actors.Matches;
using Proppr.Replay.Generation;

namespace Proppr.Replay.Tests.Generation;

public class MatchDayGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_day_and_another_seed_another()
    {
        var options = new MatchDayOptions { Seed = 42, Fixtures = 12 };

        var first = JsonSerializer.Serialize(MatchDayGenerator.Generate(options));
        var again = JsonSerializer.Serialize(MatchDayGenerator.Generate(options));
        var other = JsonSerializer.Serialize(MatchDayGenerator.Generate(options with { Seed = 43 }));

        again.Should().Be(first);
        other.Should().NotBe(first);
    }

    [Fact]
    public void A_day_has_distinct_teams_ids_and_kickoffs_spread_over_the_day()
    {
        var day = MatchDayGenerator.Generate(new MatchDayOptions { Seed = 7, Fixtures = 20 });

        var teams = day.Matches.SelectMany(m => new[] { m.Home, m.Away }).ToList();
        teams.Select(t => t.Name).Should().OnlyHaveUniqueItems();
        teams.Select(t => t.Id).Should().OnlyHaveUniqueItems();
        teams.SelectMany(t => t.Squad).Select(p => p.Id).Should().OnlyHaveUniqueItems();
        day.Matches.Select(m => m.MatchId).Should().OnlyHaveUniqueItems();
        day.Matches.Select(m => m.OddsEventId).Should().OnlyHaveUniqueItems().And.NotIntersectWith(day.Matches.Select(m => m.MatchId));
        day.Matches.Select(m => m.Kickoff).Should().BeInAscendingOrder();
        day.Matches[0].Kickoff.Should().Be(new DateTimeOffset(2025, 3, 15, 12, 0, 0, TimeSpan.Zero));
        day.Matches[^1].Kickoff.Should().Be(new DateTimeOffset(2025, 3, 15, 20, 0, 0, TimeSpan.Zero));
        day.Matches.Count(m => m.Postponed).Should().Be(1);
        day.Matches.Count(m => m.Correction is not null).Should().Be(4, "a fifth of the 19 played matches, rounded");
        day.Matches.Where(m => m.Correction is not null).Should().OnlyContain(m => !m.Postponed);
    }

    [Fact]
    public void Squads_have_eleven_starters_seven_to_nine_substitutes_and_some_absentees()
    {
        foreach (var team in Sample(3).SelectMany(m => new[] { m.Home, m.Away }))
        {
            team.Starters.Should().HaveCount(11);
            team.Starters.Count(p => p.IsGoalkeeper).Should().Be(1);
            team.Substitutes.Count().Should().BeInRange(7, 9);
            team.Unavailable.Count().Should().BeInRange(1, 3);
            team.Squad.Select(p => p.ShirtNumber).Should().OnlyHaveUniqueItems();
        }
    }

    [Fact]
    public void Rates_over_five_hundred_matches_are_those_of_real_football()
    {
        var matches = Sample(25).Take(500).ToList();
        matches.Should().HaveCount(500);

        double Mean(Func<MatchFacts, int> count) => matches.Average(m => count(m.Facts));

        Mean(f => f.Goals.Length).Should().BeInRange(2.2, 3.2);
        Mean(f => f.Corners.Length).Should().BeInRange(8, 12);
        Mean(f => f.Cards.Count(c => c.Kind == CardKind.Yellow)).Should().BeInRange(3, 5);
        Mean(f => f.Fouls.Length).Should().BeInRange(18, 26);
        Mean(f => f.Offsides.Length).Should().BeInRange(2.5, 5.5);
        Mean(f => f.Shots.Length + f.Goals.Count(g => !g.OwnGoal)).Should().BeInRange(20, 28);
        Mean(f => f.Substitutions.Length).Should().BeInRange(6, 10);
        matches.Count(m => m.Facts.Cards.Any(c => c.Kind == CardKind.SecondYellow)).Should().BeInRange(20, 100);
        matches.Count(m => m.Facts.Cards.Any(c => c.Kind == CardKind.Red)).Should().BeInRange(10, 70);
        matches.Count(m => m.Facts.Goals.Any(g => g.Penalty)).Should().BeGreaterThan(20);
        matches.Count(m => m.Facts.Goals.Any(g => g.OwnGoal)).Should().BeGreaterThan(10);
        matches.Select(m => m.Facts.SecondHalfAdded).Distinct().Count().Should().BeGreaterThan(3);
    }

    /// <summary>Played matches of several 20-fixture days (one day holds at most 60 fixtures), with a tidy feed.</summary>
    internal static IEnumerable<SyntheticMatch> Sample(int days) =>
        Enumerable.Range(1, days)
            .SelectMany(seed => MatchDayGenerator.Generate(new MatchDayOptions { Seed = seed, Fixtures = 21, Quirks = FeedQuirkRates.None }).Matches)
            .Where(m => !m.Postponed);
}

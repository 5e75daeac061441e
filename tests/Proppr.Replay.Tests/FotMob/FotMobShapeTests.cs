using System.Text.Json;
using Proppr.Replay.FotMob;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;
using Proppr.TestSupport;

namespace Proppr.Replay.Tests.FotMob;

public class FotMobShapeTests
{
    /// <summary>Objects keyed by data (ids, surnames, stat titles), compared by shape only.</summary>
    private static readonly string[] DataKeyed =
    [
        "content.playerStats", "content.playerStats.*.stats[].stats",
        "header.events.homeTeamGoals", "header.events.awayTeamGoals", "header.events.homeTeamRedCards", "header.events.awayTeamRedCards",
    ];

    /// <summary>The parts of the document that Proppr reads, where the replay must have every key the real one has.</summary>
    private static readonly string[] Compared =
    [
        "general.", "header.", "content.matchFacts.events.", "content.stats.", "content.lineup.", "content.playerStats.", "content.shotmap.",
    ];

    /// <summary>Real keys the replay leaves out on purpose: decorations no reader of ours looks at.</summary>
    private static readonly string[] NotModelled =
    [
        "shortName", "funFacts[]", ".medal", "stat.bonus",
        // Cards to coaches are not generated.
        "coach.performance", "cardDescription.",
    ];

    [Fact]
    public void A_finished_match_has_every_key_path_of_a_real_2024_25_payload()
    {
        var day = MatchDayGenerator.Generate(new MatchDayOptions { Seed = 3, Fixtures = 8 });
        var generated = day.Matches.Where(m => !m.Postponed)
            .SelectMany(m => Paths(FotMobMatchWriter.Write(m, new MatchSchedule(m).FullTime.AddHours(3))))
            .ToHashSet();
        var real = Paths(ReferenceData.ReadFotMob(4506508)).Concat(Paths(ReferenceData.ReadFotMob(4506747))).ToHashSet();

        var missing = real
            .Where(p => Compared.Any(p.StartsWith))
            .Where(p => !generated.Contains(p))
            .Where(p => !NotModelled.Any(p.Contains))
            .Order()
            .ToList();

        missing.Should().BeEmpty();
    }

    [Fact]
    public void The_same_match_and_instant_always_give_the_same_bytes()
    {
        string Render(int seed)
        {
            var match = MatchDayGenerator.Generate(new MatchDayOptions { Seed = seed, Fixtures = 4 }).Matches.First(m => !m.Postponed);
            return FotMobMatchWriter.Write(match, match.Kickoff.AddMinutes(70));
        }

        Render(8).Should().Be(Render(8));
        Render(9).Should().NotBe(Render(8));
    }

    [Fact]
    public void A_live_payload_shows_only_what_has_happened()
    {
        var match = MatchDayGenerator.Generate(new MatchDayOptions { Seed = 3, Fixtures = 4 }).Matches.First(m => !m.Postponed);
        var schedule = new MatchSchedule(match);
        using var live = JsonDocument.Parse(FotMobMatchWriter.Write(match, schedule.Kickoff.AddMinutes(30.5)));
        var content = live.RootElement.GetProperty("content");

        live.RootElement.GetProperty("header").GetProperty("status").TryGetProperty("reason", out _).Should().BeFalse();
        content.GetProperty("matchFacts").TryGetProperty("playerOfTheMatch", out _).Should().BeFalse();
        content.GetProperty("matchFacts").GetProperty("events").GetProperty("events").EnumerateArray()
            .Should().OnlyContain(e => e.GetProperty("time").GetInt32() <= 31 && e.GetProperty("type").GetString() != "Half");
        content.GetProperty("shotmap").GetProperty("shots").EnumerateArray().Should().OnlyContain(s => s.GetProperty("min").GetInt32() <= 31);
    }

    /// <summary>Key paths with the away side folded onto the home side: which side had a red card is data, not shape.</summary>
    private static IEnumerable<string> Paths(string json)
    {
        using var document = JsonDocument.Parse(json);
        return KeyPaths.Of(document.RootElement, DataKeyed).Select(p => p.Replace("awayTeam", "homeTeam", StringComparison.Ordinal)).ToList();
    }
}

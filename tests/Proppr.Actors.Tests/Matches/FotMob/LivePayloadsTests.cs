using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>Real payloads rewound to a moment of play parse as that moment: live status, score so far, nothing later.</summary>
public class LivePayloadsTests
{
    /// <summary>Every played match, with its score after 30 minutes as the goal events say.</summary>
    public static TheoryData<long, int, int> ScoreAfter30Minutes => new()
    {
        { SavedMatches.WolvesManCity2020, 0, 1 },
        { SavedMatches.ArsenalManUtd2023, 1, 1 },
        { SavedMatches.LiverpoolManUtd2023, 0, 0 },
        { SavedMatches.MallorcaRealMadrid2024, 0, 1 },
        { SavedMatches.LiverpoolManUtd2025, 0, 0 },
        { SavedMatches.BournemouthNewcastle2025, 0, 0 },
        { SavedMatches.ArgentinaFrance2022, 1, 0 },
    };

    [Theory]
    [MemberData(nameof(ScoreAfter30Minutes))]
    public void At_minute_30_the_match_is_live_with_only_what_happened_by_then(long matchId, int home, int away)
    {
        var match = FotMobParser.Parse(LivePayloads.TruncateAt(ReferenceData.ReadFotMob(matchId), 30));

        match.Status.Should().Be(MatchStatus.Live);
        match.Clock.Should().Be(new MatchTime(30));
        match.Score.Should().Be(new Score(home, away));
        match.ScoreByPeriod.Values.Aggregate(Score.Nil, (total, score) => total.Plus(score)).Should().Be(match.Score);
        match.EndedPeriods.Should().BeEmpty();
        match.Goals.Should().NotContain(goal => goal.Time > new MatchTime(30));
        match.Cards.Should().NotContain(card => card.Time > new MatchTime(30));
        match.Substitutions.Should().NotContain(substitution => substitution.Time > new MatchTime(30));
        match.Shots.Should().NotContain(shot => shot.Time > new MatchTime(30));
        match.ShootoutScore.Should().BeNull();
        match.TeamStats.IsEmpty.Should().BeTrue("no period is over and whole-match totals are not known yet");
        match.Lineup.Players.Should().NotContain(player => player.Stats.ContainsKey(Stat.Shots), "player stats are removed");
        match.Lineup.Players.Should().NotContain(player => player.Role == PlayerRole.SubstituteUsed && player.SubbedOn > new MatchTime(30));
    }

    [Fact]
    public void At_minute_30_only_the_early_substitute_has_come_on()
    {
        var match = FotMobParser.Parse(LivePayloads.TruncateAt(ReferenceData.ReadFotMob(SavedMatches.WolvesManCity2020), 30));

        match.Lineup.Players.Where(player => player.Role == PlayerRole.SubstituteUsed).Select(player => player.Id).Should().Equal(862467L);
        match.Goals.Select(goal => goal.ScorerId).Should().Equal(169200L);
        match.Cards.Should().BeEmpty("both bookings came at 35'");
    }

    [Fact]
    public void In_the_second_half_the_first_half_is_over_with_its_stats()
    {
        var match = FotMobParser.Parse(LivePayloads.TruncateAt(ReferenceData.ReadFotMob(SavedMatches.LiverpoolManUtd2025), 60));

        match.Status.Should().Be(MatchStatus.Live);
        match.Clock.Should().Be(new MatchTime(60));
        match.Score.Should().Be(new Score(1, 1), "Martinez 52', Gakpo 59'");
        match.EndedPeriods.Should().BeEquivalentTo([MatchPeriod.FirstHalf]);
        match.PeriodStarts.Keys.Should().BeEquivalentTo([MatchPeriod.FirstHalf, MatchPeriod.SecondHalf]);
        match.TeamStats.In(MatchPeriod.FirstHalf, Stat.Corners).Should().Be(new SidePair(2, 2));
        match.TeamStats.HasPeriod(MatchPeriod.SecondHalf).Should().BeFalse();
        match.TeamStats.All.Should().BeEmpty();
        match.Player(806552).Stats[Stat.Goals].Should().Be(1, "goals come from events while player stats are unknown");
        match.Player(831489).Stats[Stat.Assists].Should().Be(1);
    }

    [Fact]
    public void At_half_time_the_first_half_is_complete_with_its_stoppage_time()
    {
        var match = FotMobParser.Parse(LivePayloads.AtHalfTime(ReferenceData.ReadFotMob(SavedMatches.MallorcaRealMadrid2024)));

        match.Status.Should().Be(MatchStatus.HalfTime);
        match.Clock.Should().Be(new MatchTime(45));
        match.Score.Should().Be(new Score(0, 1));
        match.EndedPeriods.Should().BeEquivalentTo([MatchPeriod.FirstHalf]);
        match.PeriodStarts.Keys.Should().BeEquivalentTo([MatchPeriod.FirstHalf]);
        match.Cards.Select(card => card.Time).Should().Equal(new MatchTime(45, 3), new MatchTime(45, 3));
        match.TeamStats.In(MatchPeriod.FirstHalf, Stat.Corners).Should().Be(new SidePair(6, 3));
        match.Substitutions.Should().BeEmpty();
    }

    [Fact]
    public void In_extra_time_regulation_is_over_and_the_shootout_has_not_happened()
    {
        var match = FotMobParser.Parse(LivePayloads.TruncateAt(ReferenceData.ReadFotMob(SavedMatches.ArgentinaFrance2022), 100));

        match.Status.Should().Be(MatchStatus.Live);
        match.Score.Should().Be(new Score(2, 2));
        match.RegulationScore.Should().Be(new Score(2, 2));
        match.WentToExtraTime.Should().BeTrue();
        match.RegulationEnded.Should().BeTrue();
        match.EndedPeriods.Should().BeEquivalentTo([MatchPeriod.FirstHalf, MatchPeriod.SecondHalf]);
        match.ShootoutScore.Should().BeNull();
        match.TeamStats.ByPeriod.Keys.Should().BeEquivalentTo([MatchPeriod.FirstHalf, MatchPeriod.SecondHalf]);
    }

    [Fact]
    public void The_rewound_payload_keeps_its_era_and_its_pageProps_wrapper()
    {
        var wrapped = $$"""{"pageProps":{{ReferenceData.ReadFotMob(SavedMatches.BournemouthNewcastle2025)}}}""";

        var rewound = JsonNode.Parse(LivePayloads.TruncateAt(wrapped, 50))!;

        var payload = rewound["pageProps"]!;
        payload["content"]!["lineup"]!["homeTeam"].Should().NotBeNull();
        payload["content"]!["playerStats"].Should().BeNull();
        payload["header"]!["status"]!["liveTime"]!["short"]!.GetValue<string>().Should().Be("50'");
        payload["header"]!["status"]!["halfs"]!["secondHalfStarted"]!.GetValue<string>().Should().NotBeEmpty();
        payload["header"]!["status"]!["halfs"]!["gameEnded"]!.GetValue<string>().Should().BeEmpty();
        var match = FotMobParser.Parse(rewound.ToJsonString());
        match.Clock.Should().Be(new MatchTime(50));
        match.Player(959407).Role.Should().Be(PlayerRole.SubstituteUsed, "James Hill came on at 46'");
        match.Player(1050166).Role.Should().Be(PlayerRole.SubstituteUnused, "Elanga came on at 62'");
    }
}

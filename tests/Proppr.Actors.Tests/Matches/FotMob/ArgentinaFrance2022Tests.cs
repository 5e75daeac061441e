using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>
/// 3370572, Argentina 3-3 France (World Cup final 2022, fetched in the 2026 shape): extra time, a 4-2 shoot-out, a card
/// to a substituted player and one during the shoot-out.
/// </summary>
public class ArgentinaFrance2022Tests
{
    private readonly MatchDetails _match = SavedMatches.Parse(SavedMatches.ArgentinaFrance2022);

    [Fact]
    public void Reads_the_score_with_extra_time_and_the_shootout_apart()
    {
        _match.Home.Should().Be(new TeamRef(6706, "Argentina"));
        _match.Away.Should().Be(new TeamRef(6723, "France"));
        _match.Status.Should().Be(MatchStatus.Finished);
        _match.Score.Should().Be(new Score(3, 3));
        _match.ShootoutScore.Should().Be(new Score(4, 2));
        _match.GoalsIn(MatchPeriod.FirstHalf).Should().Be(new Score(2, 0));
        _match.GoalsIn(MatchPeriod.SecondHalf).Should().Be(new Score(0, 2));
        _match.RegulationScore.Should().Be(new Score(2, 2), "the FT event says 2-2");
        _match.GoalsIn(MatchPeriod.FirstExtraHalf).Should().Be(Score.Nil);
        _match.GoalsIn(MatchPeriod.SecondExtraHalf).Should().Be(new Score(1, 1));
        _match.WentToExtraTime.Should().BeTrue();
        _match.EndedPeriods.Should().BeEquivalentTo(Enum.GetValues<MatchPeriod>());
    }

    [Fact]
    public void A_shootout_under_way_ends_extra_time_even_without_half_marks()
    {
        // The 2020 shape has no halfs and no Half events: only the shoot-out's kicks say the 120 minutes are over (the
        // card shown during the shoot-out, at 121, goes too).
        var live = EditedPayload.Of(3370572).RemoveEvents(e => (string?)e["type"] is "Half" or "PenaltyShootout" || (int?)e["time"] > 120).Edit(payload =>
        {
            var status = (JsonObject)payload.Root["header"]!["status"]!;
            foreach (var key in new[] { "halfs", "reason", "whoLostOnPenalties" })
            {
                status.Remove(key);
            }
            status["finished"] = false;
            status["liveTime"] = JsonNode.Parse("""{"short":"Pen","shortKey":"penalties_short"}""");
            var kicks = (JsonArray)payload.Content["matchFacts"]!["events"]!["penaltyShootoutEvents"]!;
            while (kicks.Count > 3)
            {
                kicks.RemoveAt(kicks.Count - 1);
            }
        }).FullTime;

        live.Status.Should().Be(MatchStatus.Live);
        live.RegulationEnded.Should().BeTrue();
        live.WentToExtraTime.Should().BeTrue();
        live.HasEnded(MatchPeriod.SecondExtraHalf).Should().BeTrue();
        live.HasEnded(MatchPeriod.PenaltyShootout).Should().BeFalse();
    }

    [Fact]
    public void Reads_every_period_start_including_extra_time()
    {
        // halfs are Europe/Oslo time, CET (+1) in December.
        _match.PeriodStarts.Should().BeEquivalentTo(new Dictionary<MatchPeriod, DateTimeOffset>
        {
            [MatchPeriod.FirstHalf] = new(2022, 12, 18, 15, 0, 14, TimeSpan.Zero),
            [MatchPeriod.SecondHalf] = new(2022, 12, 18, 16, 7, 49, TimeSpan.Zero),
            [MatchPeriod.FirstExtraHalf] = new(2022, 12, 18, 17, 6, 31, TimeSpan.Zero),
            [MatchPeriod.SecondExtraHalf] = new(2022, 12, 18, 17, 24, 57, TimeSpan.Zero),
        });
    }

    [Fact]
    public void Leaves_shootout_kicks_out_of_goals_and_shots()
    {
        _match.Goals.Should().HaveCount(6);
        _match.Goals.Count(goal => goal.ScorerId == 701154).Should().Be(3);
        _match.Goals.Count(goal => goal.ScorerId == 30981).Should().Be(2);
        _match.Goals.Count(goal => goal.Penalty).Should().Be(3, "Messi 23', Mbappé 80' and 118'");
        _match.Shots.Should().HaveCount(30, "38 shots in the map, 8 of them shoot-out kicks");
        _match.Shots.Should().NotContain(shot => shot.Period == MatchPeriod.PenaltyShootout);
        _match.Shots.Should().Contain(shot => shot.Period == MatchPeriod.FirstExtraHalf, "FotMob names it FirstHalfExtra in the shot map");
    }

    [Fact]
    public void Flags_the_cards_that_do_not_count()
    {
        _match.Cards.Should().HaveCount(8);
        _match.Cards.Single(card => card.PlayerId == 46469).Recipient.Should().Be(CardRecipient.PlayerNotOnPitch);
        var shootoutCard = _match.Cards.Single(card => card.PlayerId == 268375);
        shootoutCard.DuringShootout.Should().BeTrue();
        shootoutCard.Counts.Should().BeFalse();
        _match.Player(46469).Marks.Should().Be(new CardMarks(Yellow: true, Red: false), "his lineup marker shows the card too");
        _match.TeamStats.Total(Stat.YellowCards).Should().Be(new SidePair(5, 3), "FotMob's All column counts both");
    }

    [Fact]
    public void Reads_extra_time_team_stats_with_null_as_zero()
    {
        _match.TeamStats.ByPeriod.Keys.Should().BeEquivalentTo(
            [MatchPeriod.FirstHalf, MatchPeriod.SecondHalf, MatchPeriod.FirstExtraHalf, MatchPeriod.SecondExtraHalf]);
        _match.TeamStats.In(MatchPeriod.FirstHalf, Stat.YellowCards).Should().Be(new SidePair(1, 0), "[1, null]");
        _match.TeamStats.In(MatchPeriod.FirstExtraHalf, Stat.YellowCards).Should().Be(SidePair.Zero, "[null, null]");
        _match.TeamStats.In(MatchPeriod.SecondExtraHalf, Stat.Corners).Should().Be(new SidePair(1, 1));
        _match.TeamStats.Total(Stat.Corners).Should().Be(new SidePair(6, 5));
        _match.TeamStats.Total(Stat.Fouls).Should().Be(new SidePair(26, 19), "2026 has fouls only in the discipline group");
    }

    [Fact]
    public void Reads_minutes_over_120_and_late_substitutions()
    {
        var messi = _match.Player(30981);
        messi.Stats[Stat.MinutesPlayed].Should().Be(120);
        messi.Stats[Stat.Goals].Should().Be(2, "his shoot-out kick is not a goal");
        messi.Stats[Stat.ShotsOnTarget].Should().Be(4);
        messi.Stats[Stat.Offsides].Should().Be(1);

        var montiel = _match.Player(687008);
        montiel.Role.Should().Be(PlayerRole.SubstituteUsed);
        montiel.SubbedOn.Should().Be(new MatchTime(91));
        montiel.Marks.Should().Be(new CardMarks(Yellow: true, Red: false));
        montiel.Stats[Stat.Goals].Should().Be(0);

        _match.Player(325916).SubbedOn.Should().Be(new MatchTime(120, 1));
        _match.Player(230982).SubbedOff.Should().Be(new MatchTime(113));
        var giroud = _match.Player(46469);
        giroud.Stats[Stat.MinutesPlayed].Should().Be(41);
        giroud.Stats.Should().NotContainKey(Stat.Shots, "the 2026 shape lists total_shots only for players who shot");
        giroud.StatOrZero(Stat.Shots).Should().Be(0);
        _match.ShouldHaveRoles(Side.Home, starters: 11, used: 6, unused: 9);
        _match.ShouldHaveRoles(Side.Away, starters: 11, used: 7, unused: 6);
    }
}

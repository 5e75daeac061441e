using Proppr.Actors.Matches;
using Proppr.Replay.Generation;
using Proppr.Replay.Tests.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.Tests.Timeline;

public class MatchTallyTests
{
    private static readonly List<SyntheticMatch> Matches = MatchDayGeneratorTests.Sample(4).ToList();

    private static MatchTally AtFullTime(SyntheticMatch match, bool corrected = false) =>
        MatchTally.Of(match, new MatchMoment(MatchPhase.Finished, null, match.Facts.PlayingTime.FullTime, corrected, match.Kickoff));

    [Fact]
    public void Player_goals_add_up_to_the_score_less_own_goals()
    {
        foreach (var match in Matches)
        {
            var tally = AtFullTime(match);
            foreach (var side in new[] { Side.Home, Side.Away })
            {
                var ownGoalsFor = match.Facts.Goals.Count(g => g.OwnGoal && g.Side == side);
                tally.Team(side).Goals.Should().Be(tally.Score.For(side) - ownGoalsFor);
                tally.Score.For(side).Should().Be(match.Facts.Goals.Count(g => g.Side == side));
                tally.Team(side).Should().BeEquivalentTo(tally.Team(side, MatchPeriod.FirstHalf).Plus(tally.Team(side, MatchPeriod.SecondHalf)));
            }
            tally.Score.Should().Be(tally.ScoreIn(MatchPeriod.FirstHalf).Plus(tally.ScoreIn(MatchPeriod.SecondHalf)));
        }
    }

    [Fact]
    public void Minutes_follow_the_substitutions_and_unused_substitutes_play_none()
    {
        foreach (var match in Matches)
        {
            var tally = AtFullTime(match);
            foreach (var player in match.Home.Squad.Concat(match.Away.Squad))
            {
                var on = match.Facts.Substitutions.SingleOrDefault(s => s.OnId == player.Id);
                var off = match.Facts.Substitutions.SingleOrDefault(s => s.OffId == player.Id);
                var sentOff = match.Facts.Cards.SingleOrDefault(c => c.PlayerId == player.Id && c.SendsOff);
                var end = off?.Time.Minute ?? Math.Min(sentOff?.Time.Minute ?? 90, 90);
                var expected = player.Role switch
                {
                    SquadRole.Starter => end,
                    SquadRole.Substitute when on is not null => end - on.Time.Minute,
                    _ => 0,
                };
                tally.Player(player.Id).Minutes.Should().Be(expected, $"{player.Name} ({player.Role}) in {match.MatchId}");
            }
            foreach (var side in new[] { Side.Home, Side.Away })
            {
                tally.Roster.Team(side).Substitutes.Count(p => tally.Roster.Spell(p.Id) is null).Should().BeGreaterThan(0, "some substitutes stay unused");
            }
        }
    }

    [Fact]
    public void Every_event_goes_to_a_player_on_the_pitch_at_its_minute()
    {
        foreach (var match in Matches)
        {
            var roster = match.Roster(corrected: false);
            Func<long, MatchTime, bool> On = (id, time) => roster.Spell(id)?.Covers(time) == true;

            match.Facts.Goals.Where(g => !(On(g.ScorerId, g.Time) && (g.AssistId == null || On(g.AssistId.Value, g.Time)))).Should().BeEmpty();
            match.Facts.Shots.Where(s => !(On(s.PlayerId, s.Time))).Should().BeEmpty();
            match.Facts.Fouls.Where(f => !(On(f.PlayerId, f.Time) && On(f.FouledId, f.Time))).Should().BeEmpty();
            match.Facts.Corners.Where(c => !(On(c.TakerId, c.Time))).Should().BeEmpty();
            match.Facts.Offsides.Where(o => !(On(o.PlayerId, o.Time))).Should().BeEmpty();
            match.Facts.Cards.Where(c => !c.SendsOff).Where(c => !(On(c.PlayerId, c.Time))).Should().BeEmpty();
            match.Facts.Substitutions.Where(s => !(roster.Spell(s.OffId)!.Off == s.Time && (roster.Spell(s.OffId)!.On == null || roster.Spell(s.OffId)!.On < s.Time))).Should().BeEmpty();
        }
    }

    [Fact]
    public void A_correction_changes_only_the_corrected_fact()
    {
        var corrected = Matches.Where(m => m.Correction is not null).ToList();
        corrected.Select(m => m.Correction!.Kind).Distinct().Should().HaveCountGreaterThan(3);
        corrected.Should().Contain(m => m.Correction!.Delay > TimeSpan.FromMinutes(30), "some land after the first check")
            .And.OnlyContain(m => m.Correction!.Delay < TimeSpan.FromHours(2), "every one is out by the second check");
        foreach (var match in corrected)
        {
            var before = AtFullTime(match);
            var after = AtFullTime(match, corrected: true);
            var correction = match.Correction!;
            after.Score.Should().Be(before.Score);

            var changed = match.Home.Squad.Concat(match.Away.Squad).Where(p => before.Player(p.Id) != after.Player(p.Id)).ToList();
            int Total(MatchTally tally, Func<StatLine, int> stat) => stat(tally.Team(Side.Home)) + stat(tally.Team(Side.Away));
            switch (correction.Kind)
            {
                case CorrectionKind.GoalReattributed or CorrectionKind.OwnGoalRuled:
                    changed.Should().HaveCountGreaterThanOrEqualTo(2);
                    Total(after, l => l.Goals).Should().Be(Total(before, l => l.Goals) - (correction.Kind == CorrectionKind.OwnGoalRuled ? 1 : 0));
                    break;
                case CorrectionKind.AssistChanged:
                    changed.Should().HaveCountLessThanOrEqualTo(2);
                    Total(after, l => l.Goals).Should().Be(Total(before, l => l.Goals));
                    break;
                case CorrectionKind.CornerAdded or CorrectionKind.CornerRemoved:
                    changed.Should().ContainSingle();
                    Total(after, l => l.Corners).Should().Be(Total(before, l => l.Corners) + (correction.Kind == CorrectionKind.CornerAdded ? 1 : -1));
                    break;
                case CorrectionKind.CardAdded or CorrectionKind.CardRemoved:
                    changed.Should().ContainSingle();
                    Total(after, l => l.YellowCards).Should().Be(Total(before, l => l.YellowCards) + (correction.Kind == CorrectionKind.CardAdded ? 1 : -1));
                    break;
                default:
                    changed.Should().HaveCount(2, "the shooter's shot on target and the keeper's save");
                    Total(after, l => l.ShotsOnTarget).Should().Be(Total(before, l => l.ShotsOnTarget) + 1);
                    break;
            }
            Total(after, l => l.Fouls).Should().Be(Total(before, l => l.Fouls), "a correction changes nothing else");
        }
    }
}

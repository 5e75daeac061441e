using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.Replay.FotMob;
using Proppr.Replay.Generation;
using Proppr.Replay.Tests.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.Tests.FotMob;

/// <summary>The project's own FotMob parser reads every state of a replayed match back to the facts the generator meant.</summary>
public class FotMobParserRoundTripTests
{
    private static readonly MatchDay Day = MatchDayGenerator.Generate(new MatchDayOptions { Seed = 21, Fixtures = 10, CorrectionShare = 0.5 });

    public static TheoryData<long> PlayedMatches => [.. Day.Matches.Where(m => !m.Postponed).Select(m => m.MatchId)];

    [Theory]
    [MemberData(nameof(PlayedMatches))]
    public void Every_state_of_a_match_parses_to_the_intended_facts(long matchId)
    {
        var match = Day.Find(matchId)!;
        foreach (var instant in Instants(match))
        {
            ParsesBack(match, instant);
        }
    }

    [Fact]
    public void Rare_events_parse_back_too()
    {
        var sample = MatchDayGeneratorTests.Sample(4).ToList();
        sample.SelectMany(m => m.Facts.Goals).Should().Contain(g => g.OwnGoal).And.Contain(g => g.Penalty);
        sample.SelectMany(m => m.Facts.Cards).Should().Contain(c => c.Kind == CardKind.SecondYellow).And.Contain(c => c.Kind == CardKind.Red);
        foreach (var match in sample)
        {
            var schedule = new MatchSchedule(match);
            ParsesBack(match, schedule.FullTime.AddMinutes(1));
            ParsesBack(match, (schedule.CorrectionAt ?? schedule.FullTime).AddHours(1));
        }
    }

    private static void ParsesBack(SyntheticMatch match, DateTimeOffset instant)
    {
        var moment = new MatchSchedule(match).At(instant);
        var snapshot = FotMobParser.Parse(FotMobMatchWriter.Write(match, instant));
        var tally = MatchTally.Of(match, moment);
        var because = $"{match.MatchId} at {moment.Phase} {moment.Clock}";

        snapshot.FixtureId.Should().Be(match.MatchId);
        snapshot.Home.Name.Should().Be(match.Home.Name);
        snapshot.Kickoff.Should().Be(match.Kickoff);
        snapshot.Status.Should().Be(Status(moment.Phase), because);
        if (moment.Phase is MatchPhase.FirstHalf or MatchPhase.SecondHalf)
        {
            snapshot.Clock.Should().Be(moment.Clock, because);
        }
        if (!moment.Started)
        {
            snapshot.Lineup.Confirmed.Should().Be(moment.LineupsKnown, because);
            return;
        }
        snapshot.Score.Should().Be(tally.Score, because);
        snapshot.GoalsIn(MatchPeriod.FirstHalf).Should().Be(tally.ScoreIn(MatchPeriod.FirstHalf), because);
        Goals(snapshot).Should().Equal(tally.Facts.Goals.Select(g => (g.Time, g.Side, (long?)g.ScorerId, g.OwnGoal, g.Penalty, g.AssistId)), because);
        snapshot.Cards.Select(c => (c.Time, c.Side, c.PlayerId, c.Kind)).Should()
            .Equal(tally.Facts.Cards.Select(c => (c.Time, c.Side, (long?)c.PlayerId, c.Kind)), because);
        snapshot.Substitutions.Select(s => (s.Time, s.Side, s.PlayerOnId, s.PlayerOffId)).Should()
            .Equal(tally.Facts.Substitutions.Select(s => (s.Time, s.Side, (long?)s.OnId, (long?)s.OffId)), because);
        snapshot.Shots.Should().HaveCount(tally.Facts.Shots.Length + tally.Facts.Goals.Count(g => !g.OwnGoal), because);
        TeamStatsMatch(snapshot, tally, because);
        PlayersMatch(snapshot, match, tally, because);
    }

    [Fact]
    public void The_postponed_match_parses_as_postponed_all_day()
    {
        var match = Day.Matches.Single(m => m.Postponed);
        foreach (var instant in new[] { match.Kickoff.AddHours(-3), match.Kickoff.AddMinutes(30), match.Kickoff.AddHours(4) })
        {
            FotMobParser.Parse(FotMobMatchWriter.Write(match, instant)).Status.Should().Be(MatchStatus.Postponed);
        }
    }

    /// <summary>Before the lineups, with them, every ten minutes of each half, stoppage time, the break, full time, the correction.</summary>
    private static IEnumerable<DateTimeOffset> Instants(SyntheticMatch match)
    {
        var schedule = new MatchSchedule(match);
        yield return schedule.Kickoff.AddMinutes(-90);
        yield return schedule.Kickoff.AddMinutes(-30);
        for (var minute = 0.5; minute < 45 + match.Facts.FirstHalfAdded; minute += 10)
        {
            yield return schedule.Kickoff.AddMinutes(minute);
        }
        yield return schedule.FirstHalfEnd.AddMinutes(-0.5);
        yield return schedule.FirstHalfEnd.AddMinutes(5);
        for (var minute = 0.5; minute < 45 + match.Facts.SecondHalfAdded; minute += 10)
        {
            yield return schedule.SecondHalfStart.AddMinutes(minute);
        }
        yield return schedule.FullTime.AddMinutes(-0.5);
        yield return schedule.FullTime.AddMinutes(1);
        if (schedule.CorrectionAt is { } corrected)
        {
            yield return corrected.AddMinutes(1);
        }
    }

    private static MatchStatus Status(MatchPhase phase) => phase switch
    {
        MatchPhase.FirstHalf or MatchPhase.SecondHalf => MatchStatus.Live,
        MatchPhase.HalfTime => MatchStatus.HalfTime,
        MatchPhase.Finished => MatchStatus.Finished,
        MatchPhase.Postponed => MatchStatus.Postponed,
        _ => MatchStatus.NotStarted,
    };

    private static IEnumerable<(MatchTime, Side, long?, bool, bool, long?)> Goals(MatchDetails snapshot) =>
        snapshot.Goals.Select(g => (g.Time, g.CreditedTo, g.ScorerId, g.OwnGoal, g.Penalty, g.AssistId));

    private static void TeamStatsMatch(MatchDetails snapshot, MatchTally tally, string because)
    {
        var stats = new (Stat Stat, Func<StatLine, int> Value)[]
        {
            (Stat.Corners, l => l.Corners), (Stat.Fouls, l => l.Fouls), (Stat.Shots, l => l.Shots), (Stat.ShotsOnTarget, l => l.ShotsOnTarget),
            (Stat.YellowCards, l => l.YellowCards), (Stat.RedCards, l => l.RedCards), (Stat.Offsides, l => l.Offsides),
        };
        foreach (var (stat, value) in stats)
        {
            snapshot.TeamStats.Total(stat).Should().Be(new SidePair(value(tally.Team(Side.Home)), value(tally.Team(Side.Away))), $"{stat}, {because}");
            foreach (var half in new[] { MatchPeriod.FirstHalf, MatchPeriod.SecondHalf })
            {
                snapshot.TeamStats.In(half, stat).Should()
                    .Be(new SidePair(value(tally.Team(Side.Home, half)), value(tally.Team(Side.Away, half))), $"{stat} in {half}, {because}");
            }
        }
    }

    private static void PlayersMatch(MatchDetails snapshot, SyntheticMatch match, MatchTally tally, string because)
    {
        snapshot.Lineup.Confirmed.Should().BeTrue(because);
        foreach (var player in match.Home.Squad.Concat(match.Away.Squad))
        {
            var parsed = snapshot.Lineup.Find(player.Id);
            parsed.Should().NotBeNull($"{player.Name} is in the lineup, {because}");
            var spell = tally.Roster.Spell(player.Id);
            parsed!.Role.Should().Be(player.Role switch
            {
                SquadRole.Starter => PlayerRole.Starter,
                SquadRole.Unavailable => PlayerRole.Unavailable,
                _ => spell is null ? PlayerRole.SubstituteUnused : PlayerRole.SubstituteUsed,
            }, $"{player.Name}, {because}");
            if (spell is null)
            {
                continue;
            }
            var line = tally.Player(player.Id);
            var stats = new (Stat Stat, int Value)[]
            {
                (Stat.MinutesPlayed, line.Minutes), (Stat.Goals, line.Goals), (Stat.Assists, line.Assists), (Stat.Shots, line.Shots), (Stat.ShotsOnTarget, line.ShotsOnTarget), (Stat.Fouls, line.Fouls),
                (Stat.Offsides, line.Offsides), (Stat.Corners, line.Corners), (Stat.Tackles, line.Tackles), (Stat.Interceptions, line.Interceptions),
                (Stat.Passes, line.AccuratePasses),
            };
            foreach (var (stat, value) in stats)
            {
                parsed.StatOrZero(stat).Should().Be(value, $"{player.Name} {stat}, {because}");
            }
        }
    }
}

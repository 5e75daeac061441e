using Proppr.Actors.Betting;
using Proppr.Node.Demo;
using Proppr.Replay.Generation;
using Proppr.Replay.Server;
using Proppr.Replay.Timeline;

namespace Proppr.Node.Tests.Demo;

/// <summary>The demo's measure of how soon in-play decisions followed the facts that decided them.</summary>
public sealed class DecisionDelaysTests
{
    private static readonly MatchDay Day = MatchDayGenerator.Generate(new MatchDayOptions
    {
        Seed = 21, Fixtures = 2, FirstKickoff = new TimeOnly(15, 0), LastKickoff = new TimeOnly(15, 0), PostponeOne = false,
    });

    private static readonly SyntheticMatch Played = Day.Matches.First(m => m.Facts.Goals.Length > 0);

    private static Bet Goals(string id, Selection selection, decimal line) => new()
    {
        BetId = id, FixtureId = Played.MatchId, Scope = BetScope.Match, Market = Market.Goals, Selection = selection,
        Line = Line.Of(line), Odds = 1.9m, Stake = 10m,
    };

    [Fact]
    public void An_over_is_timed_from_the_goal_that_passed_its_line_and_a_bet_decided_at_full_time_is_not_counted()
    {
        var schedule = new MatchSchedule(Played);
        var goalAt = schedule.HappenedAt(Played.Facts.Goals[0].Time);
        var over = Goals("over", Selection.Over, 0.5m);
        var under = Goals("under", Selection.Under, Played.Facts.Goals.Length + 0.5m);
        var decisions = new Dictionary<string, FirstDecision>
        {
            ["over"] = new("won", goalAt.AddSeconds(30)),
            ["under"] = new("won", schedule.FullTime.AddSeconds(20)),
        };

        var measured = DecisionDelays.Measure(new DemoDay(Day, [over, under]), decisions, new FotMobCallLog(), speed: 120);

        measured.Delays.Should().Equal(TimeSpan.FromSeconds(30));
        measured.Priced.Should().Equal([TimeSpan.FromSeconds(30)], "a goal is priced by the odds");
        measured.Median.Should().Be(TimeSpan.FromSeconds(30));
        measured.InPlay.Should().Be(schedule.FullTime - Played.Kickoff);
    }
}

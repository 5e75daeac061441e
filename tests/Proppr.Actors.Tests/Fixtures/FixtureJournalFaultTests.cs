using Akka.Actor;
using Akka.Persistence.TestKit;
using Akka.TestKit.Xunit2;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Fixtures.ScenarioBets;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// A fixture on Akka's test journal, whose writes a test makes fail or refuse: a refused or failed write loses no bet
/// and settles nothing twice. Liverpool 2-2 Manchester United at full time: over 2.5 goals is won.
/// </summary>
public sealed class FixtureJournalFaultTests() : TestKit(FaultyJournal.Config)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly ScriptedMatchData _matchData = new();

    private ITestJournal Journal => FaultyJournal.Of(Sys);

    private IActorRef StartFixture()
    {
        _matchData.Publish(new RealMatch(FixtureId).FullTime, "full-time");
        return Sys.ActorOf(FixtureActor.Props(FixtureId, _matchData, FixtureScenarioTests.Fast));
    }

    private async Task<Settlement?> SettlementAsync(IActorRef fixture) =>
        (await fixture.Ask<BetView>(new GetBet(FixtureId, OverTwoAndAHalfGoals.BetId), Wait)).Settlement;

    private async Task ExpectOneSettlementAsync()
    {
        var events = (await RecoveredJournal.ReadAsync(Sys, FixtureActor.PersistenceIdFor(FixtureId), Wait)).Events;
        events.OfType<RoundSettled>().SelectMany(round => round.Settlements).Should()
            .ContainSingle(settlement => settlement.BetId == OverTwoAndAHalfGoals.BetId, "settled once, however often the write was tried");
        events.OfType<BetsTrackedTogether>().SelectMany(tracked => tracked.Bets).Should().ContainSingle(bet => bet.BetId == OverTwoAndAHalfGoals.BetId);
    }

    [Fact]
    public async Task A_refused_bet_is_answered_not_written_and_tracked_once_when_sent_again()
    {
        var fixture = StartFixture();
        await Journal.OnWrite.RejectOnType<BetsTrackedTogether>();

        var refused = await fixture.Ask<BetsTracked>(new TrackBets(FixtureId, [OverTwoAndAHalfGoals]), Wait);

        refused.Outcomes.Should().Equal(new TrackOutcome(OverTwoAndAHalfGoals.BetId, TrackStatus.Rejected, SettlementReasons.NotWritten));
        (await fixture.Ask<object>(new GetBet(FixtureId, OverTwoAndAHalfGoals.BetId), Wait)).Should().BeOfType<BetNotFound>();
        await Journal.OnWrite.Pass();
        (await fixture.Ask<BetsTracked>(new TrackBets(FixtureId, [OverTwoAndAHalfGoals]), Wait)).Outcomes.Single().Status.Should().Be(TrackStatus.Accepted);
        await AwaitAssertAsync(async () => (await SettlementAsync(fixture))!.Status.Should().Be(SettlementStatus.Won), Wait);
        await ExpectOneSettlementAsync();
    }

    [Fact]
    public async Task A_refused_round_leaves_the_bet_open_and_the_next_poll_settles_it_once()
    {
        var fixture = StartFixture();
        await Journal.OnWrite.RejectOnType<RoundSettled>();

        (await fixture.Ask<BetsTracked>(new TrackBets(FixtureId, [OverTwoAndAHalfGoals]), Wait)).Outcomes.Single().Status.Should().Be(TrackStatus.Accepted);
        // Several polls go by, each grading the bet again and each round refused.
        await AwaitConditionAsync(() => Task.FromResult(_matchData.Fetches(FixtureId) >= 4), Wait);
        (await SettlementAsync(fixture)).Should().BeNull("nothing refused is applied");

        await Journal.OnWrite.Pass();
        await AwaitAssertAsync(async () => (await SettlementAsync(fixture))!.Status.Should().Be(SettlementStatus.Won), Wait);
        await ExpectOneSettlementAsync();
    }

    [Fact]
    public async Task A_failed_round_write_stops_the_fixture_and_its_next_incarnation_settles_the_bet_once()
    {
        var fixture = StartFixture();
        Watch(fixture);
        // The bet is written; the round that settles it fails, as a journal gone down would.
        await Journal.OnWrite.FailOnType<RoundSettled>();

        (await fixture.Ask<BetsTracked>(new TrackBets(FixtureId, [OverTwoAndAHalfGoals]), Wait)).Outcomes.Single().Status.Should().Be(TrackStatus.Accepted);

        ExpectTerminated(fixture, Wait);

        await Journal.OnWrite.Pass();
        var again = StartFixture();

        await AwaitAssertAsync(async () => (await SettlementAsync(again))!.Status.Should().Be(SettlementStatus.Won), Wait);
        await ExpectOneSettlementAsync();
    }
}

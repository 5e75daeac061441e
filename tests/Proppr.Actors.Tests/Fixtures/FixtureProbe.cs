using System.Collections.Immutable;
using Akka.Actor;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>Drives one fixture through its region as a caller would, and moves its match along through the scripted source.</summary>
internal sealed class FixtureProbe(IActorRef region, ScriptedMatchData matchData, long fixtureId)
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(30);
    private int _versions;

    public async Task<ImmutableArray<TrackOutcome>> TrackAsync(params Bet[] bets) =>
        (await region.Ask<BetsTracked>(new TrackBets(fixtureId, [.. bets]), AskTimeout)).Outcomes;

    public Task<FixtureView> ViewAsync() => region.Ask<FixtureView>(new GetFixture(fixtureId), AskTimeout);

    public async Task<Settlement?> SettlementOfAsync(Bet bet) =>
        (await region.Ask<BetView>(new GetBet(fixtureId, bet.BetId), AskTimeout)).Settlement;

    /// <summary>Publishes the snapshot and waits until the fixture has polled twice since: it has been graded.</summary>
    public async Task PlayAsync(MatchDetails snapshot)
    {
        var before = matchData.Fetches(fixtureId);
        matchData.Publish(snapshot, $"v{++_versions}");
        await WaitForPollsAsync(2, since: before);
    }

    /// <summary>Waits until the fixture has polled <paramref name="polls"/> more times (since now, or since <paramref name="since"/> polls).</summary>
    public async Task WaitForPollsAsync(int polls, int? since = null)
    {
        var before = since ?? matchData.Fetches(fixtureId);
        await Eventually.HoldsAsync(() => matchData.Fetches(fixtureId).Should().BeGreaterThanOrEqualTo(before + polls));
    }

    /// <summary>Publishes the snapshot and waits until the bet's settlement satisfies the assertion.</summary>
    public async Task PlayUntilAsync(MatchDetails snapshot, Bet bet, Action<Settlement?> assertion)
    {
        matchData.Publish(snapshot, $"v{++_versions}");
        await Eventually.HoldsAsync(async () => assertion(await SettlementOfAsync(bet)));
    }

    public async Task<IReadOnlyList<object>> JournalAsync(ActorSystem system) =>
        await JournalReader.EventsAsync(system, FixtureActor.PersistenceIdFor(fixtureId));
}

using Akka.Actor;
using Akka.TestKit.Xunit2;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Tests.RateLimiting;

/// <summary>
/// The rate limiter on Akka's test journal: a permit whose write the journal refuses stays counted (the quota errs on
/// the safe side), its asker is not told it may call, and the limiter goes on snapshotting and recovering as before.
/// </summary>
public sealed class RateLimiterJournalFaultTests() : TestKit(FaultyJournal.Config)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static readonly RateLimiterSettings Settings = RateLimiterSettings.Default with { SnapshotEvery = 3 };

    private static readonly RequestPermit OddsPermit = new(Apis.OddsApi, PermitPriority.Normal);

    private long UsedOf(IActorRef limiter) =>
        limiter.Ask<LimiterState>(GetLimiterState.Instance, Wait).Result.Apis.Single(api => api.Api == Apis.OddsApi).Used;

    [Fact]
    public async Task A_refused_permit_stays_counted_is_not_granted_and_holds_back_no_snapshot()
    {
        var limiter = Sys.ActorOf(RateLimiter.Props(Settings));
        await FaultyJournal.Of(Sys).OnWrite.RejectOnType<PermitGranted>();

        limiter.Tell(OddsPermit, TestActor);

        ExpectNoMsg(TimeSpan.FromMilliseconds(500));
        UsedOf(limiter).Should().Be(1, "the refused permit is still counted");

        await FaultyJournal.Of(Sys).OnWrite.Pass();
        for (var i = 0; i < 3; i++)
        {
            (await limiter.Ask<PermitReply>(OddsPermit, Wait)).Granted.Should().BeTrue();
        }
        await AwaitAssertAsync(async () =>
            (await RecoveredJournal.ReadAsync(Sys, RateLimiter.PersistenceIdValue, Wait)).Snapshot.Should().BeOfType<RateLimiterSnapshot>(), Wait);

        Watch(limiter);
        Sys.Stop(limiter);
        ExpectTerminated(limiter, Wait);
        var recovered = Sys.ActorOf(RateLimiter.Props(Settings));
        UsedOf(recovered).Should().Be(4, "the snapshot holds every permit counted, the refused one included");
    }
}

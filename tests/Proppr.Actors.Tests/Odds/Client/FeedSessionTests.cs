using Proppr.Actors.Odds.Client;

namespace Proppr.Actors.Tests.Odds.Client;

public class FeedSessionTests
{
    private static readonly DateTimeOffset T0 = new(2025, 8, 18, 17, 0, 0, TimeSpan.Zero);
    private static readonly OddsFeedOptions Options = new() { ApiKey = "key" };

    private static (FeedSession Session, int Generation) Streaming(DateTimeOffset at)
    {
        var session = new FeedSession(Options);
        var generation = session.Open();
        session.Connected(generation, at, 0);
        session.SyncCompleted(generation, at);
        return (session, generation);
    }

    [Fact]
    public void Failed_attempts_back_off_from_one_second_doubling_to_a_thirty_second_cap_and_a_connection_resets_the_count()
    {
        var session = new FeedSession(Options);
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 7; i++)
        {
            waits.Add(session.ConnectFailed(session.Open())!.Value);
        }

        waits.Select(wait => wait.TotalSeconds).Should().Equal(1, 2, 4, 8, 16, 30, 30);
        session.Connected(session.Open(), T0, 0).Should().Be(SyncPlan.Full, "nothing was ever synced");
        session.FailedAttempts.Should().Be(0);
        session.ConnectFailed(session.Open())!.Value.Should().Be(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Frames_are_buffered_until_the_sync_is_in_then_stream()
    {
        var session = new FeedSession(Options);
        var generation = session.Open();
        session.Connected(generation, T0, 0);

        session.Buffering.Should().BeTrue();
        session.SyncCompleted(generation, T0.AddSeconds(2)).Should().BeTrue();
        session.Buffering.Should().BeFalse();
        session.Phase.Should().Be(FeedPhase.Streaming);
        session.SyncedAt.Should().Be(T0.AddSeconds(2));
    }

    [Fact]
    public void A_close_1000_from_the_server_is_a_takeover_the_feed_leaves_alone_for_the_cooldown_while_polling()
    {
        var (session, generation) = Streaming(T0);

        var wait = session.Closed(generation, takenOver: true);

        wait.Should().Be(Options.TakeoverCooldown);
        session.Phase.Should().Be(FeedPhase.Replaced);
        session.Polling.Should().BeTrue();
    }

    [Fact]
    public void A_lost_connection_reconnects_after_the_first_back_off_and_polls_until_it_is_back()
    {
        var (session, generation) = Streaming(T0);

        session.Closed(generation, takenOver: false).Should().Be(TimeSpan.FromSeconds(1));
        session.Polling.Should().BeTrue();
        session.PollDue(T0.AddSeconds(30), 3).Should().NotBeNull();

        var next = session.Open();
        session.Connected(next, T0.AddSeconds(31), 3).Should().Be(new SyncPlan(T0), "the gap since the last frame is short: fill it");
        session.Polling.Should().BeFalse();
        session.PollCompleted(T0.AddSeconds(30)).Should().BeFalse("the socket's own sync is newer than a poll that was still out");
    }

    [Fact]
    public void Reports_from_an_earlier_attempt_are_ignored()
    {
        var (session, old) = Streaming(T0);
        session.Closed(old, takenOver: false);
        var current = session.Open();

        session.Connected(old, T0, 0).Should().BeNull();
        session.ConnectFailed(old).Should().BeNull();
        session.Closed(old, takenOver: true).Should().BeNull();
        session.SyncCompleted(old, T0).Should().BeFalse();
        session.Generation.Should().Be(current);
        session.Phase.Should().Be(FeedPhase.Connecting);
    }

    [Fact]
    public void A_failed_sync_streams_anyway_and_is_retried_without_moving_the_sync_point()
    {
        var session = new FeedSession(Options);
        var generation = session.Open();
        session.Connected(generation, T0, 0);

        session.SyncFailed(generation).Should().Be(TimeSpan.FromSeconds(1));
        session.Phase.Should().Be(FeedPhase.Streaming);
        session.FrameReceived(T0.AddSeconds(5));
        session.SyncedAt.Should().BeNull("frames on top of a failed sync do not make the books complete");

        session.Resync(generation, T0.AddSeconds(6), 0).Should().Be(SyncPlan.Full);
        session.Buffering.Should().BeTrue();
        session.SyncCompleted(generation, T0.AddSeconds(8)).Should().BeTrue();
        session.Resync(generation, T0.AddSeconds(9), 0).Should().BeNull("the books are complete again");
    }

    [Fact]
    public void Silence_longer_than_the_stale_limit_while_connected_is_a_stale_feed()
    {
        var (session, _) = Streaming(T0);
        session.FrameReceived(T0.AddMinutes(1));

        session.IsStale(T0.AddMinutes(4)).Should().BeFalse("three minutes exactly is the limit");
        session.IsStale(T0.AddMinutes(4).AddSeconds(1)).Should().BeTrue();
        var next = session.Reopen();
        session.Phase.Should().Be(FeedPhase.Connecting);
        session.IsStale(T0.AddHours(1)).Should().BeFalse("nothing is stale while connecting");
        next.Should().Be(2);
    }

    [Fact]
    public void A_rate_limited_attempt_waits_as_told_and_is_not_a_failure()
    {
        var session = new FeedSession(Options);

        session.PermitDenied(session.Open(), TimeSpan.FromSeconds(42)).Should().Be(TimeSpan.FromSeconds(42));
        session.FailedAttempts.Should().Be(0);
        session.Polling.Should().BeFalse("the socket has not been found unavailable");
    }
}

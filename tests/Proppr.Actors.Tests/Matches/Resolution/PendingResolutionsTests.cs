using Proppr.Actors.Betting;
using Proppr.Actors.Matches.Resolution;

namespace Proppr.Actors.Tests.Matches.Resolution;

public sealed class PendingResolutionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly FixtureQuery Query = new("ev-1", "Liverpool", "Man Utd", Now.AddDays(1));

    private static Bet BetNamed(string id) => new()
    {
        BetId = id, OddsEventId = "ev-1", Scope = BetScope.Match, Market = Market.MatchResult,
        Selection = Selection.Home, Odds = 2m, Stake = 10m,
    };

    private static PendingResolutions Pending() => new(new RetryBackoff(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1)));

    [Fact]
    public void A_queued_query_is_due_at_once_and_keeps_its_bets_without_duplicates()
    {
        var pending = Pending();
        pending.Apply(new ResolutionQueued(Query, [BetNamed("a"), BetNamed("b")]));
        pending.Apply(new ResolutionQueued(Query, [BetNamed("b"), BetNamed("c")]));

        pending.NextDue(Now).Should().Be(Query);
        pending.Describe().Should().ContainSingle().Which.HeldBets.Should().Be(3);
    }

    [Fact]
    public void Failures_push_the_next_attempt_back_exponentially_and_keep_the_reason()
    {
        var pending = Pending();
        pending.Apply(new ResolutionQueued(Query, []));

        pending.Apply(new ResolutionAttemptFailed("ev-1", "no candidates", Now));
        pending.NextDue(Now.AddSeconds(59)).Should().BeNull();
        pending.NextDue(Now.AddMinutes(1)).Should().Be(Query);
        pending.Apply(new ResolutionAttemptFailed("ev-1", "still none", Now));
        pending.Apply(new ResolutionAttemptFailed("ev-1", "still none", Now));

        var item = pending.Describe().Single();
        item.Attempts.Should().Be(3);
        item.LastError.Should().Be("still none");
        item.NextAttemptAt.Should().Be(Now.AddMinutes(4));
    }

    [Fact]
    public void A_resolved_query_leaves_its_bets_undelivered_until_the_fixture_acknowledges_them()
    {
        var pending = Pending();
        pending.Apply(new ResolutionQueued(Query, [BetNamed("a")]));

        pending.Apply(new ExternalFixtureResolved("ev-1", 4506508, 0.9, Now));

        pending.IsUnresolved("ev-1").Should().BeFalse();
        pending.Describe().Should().BeEmpty();
        pending.Undelivered.Should().ContainSingle().Which.FixtureId.Should().Be(4506508);
        pending.Apply(new HeldBetsDelivered("ev-1"));
        pending.Undelivered.Should().BeEmpty();
    }

    [Fact]
    public void Bets_held_while_a_delivery_is_under_way_are_still_owed_after_it_is_acknowledged()
    {
        var pending = Pending();
        pending.Apply(new ResolutionQueued(Query, [BetNamed("a")]));
        pending.Apply(new ExternalFixtureResolved("ev-1", 4506508, 0.9, Now));
        // Before "a" is acknowledged, the id is queued and resolved again with "b" (a hand-over lost the mapping).
        pending.Apply(new ResolutionQueued(Query, [BetNamed("b")]));
        pending.Apply(new ExternalFixtureResolved("ev-1", 4506508, 0.9, Now));
        pending.Undelivered.Single().Bets.Select(bet => bet.BetId).Should().Equal("a", "b");

        pending.Apply(new HeldBetsDelivered("ev-1", ["a"]));

        pending.Undelivered.Should().ContainSingle().Which.Bets.Select(bet => bet.BetId).Should().Equal("b");
        pending.Apply(new HeldBetsDelivered("ev-1", ["b"]));
        pending.Undelivered.Should().BeEmpty();
    }

    [Fact]
    public void A_query_without_bets_needs_no_delivery()
    {
        var pending = Pending();
        pending.Apply(new ResolutionQueued(Query, []));

        pending.Apply(new ExternalFixtureResolved("ev-1", 4506508, null, Now));

        pending.Undelivered.Should().BeEmpty();
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(5, 16)]
    [InlineData(7, 60)]
    [InlineData(1000, 60)]
    public void Back_off_doubles_from_the_first_delay_up_to_the_maximum(int failures, int minutes)
    {
        new RetryBackoff(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1)).After(failures).Should().Be(TimeSpan.FromMinutes(minutes));
    }
}

using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.Odds.Client;
using Proppr.Actors.Odds.Feed;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Odds.Client;

public class OddsRoutingTests
{
    private static readonly DateTimeOffset T0 = Kickoff.AddHours(-3);
    private static readonly OddsEvent Event = new("61300001") { Home = "Liverpool", Away = "Man Utd", StartTime = Kickoff };

    private static OddsUpdate Tick(string bookmaker, decimal home, int second = 0) =>
        new(Event.Id, OddsTick.Quote(Quotes(bookmaker, (Home, home), (Away, 4m)), T0.AddSeconds(second)));

    [Fact]
    public void A_described_event_is_asked_about_once_and_its_ticks_are_held_until_its_fixture_is_known()
    {
        var routing = new OddsRouting();

        routing.Describe([Event], T0).Should().Equal(new FixtureQuery(Event.Id, "Liverpool", "Man Utd", Kickoff));
        routing.Describe([Event], T0).Should().BeEmpty("already asked");
        routing.Route([Tick("Pinnacle", 2.00m), Tick("Bet365", 2.10m), Tick("Pinnacle", 1.95m, 1)]).Should().BeEmpty();
        routing.HeldTicks.Should().Be(2);

        var released = routing.Resolved(Event.Id, 4506508)!;

        released.FixtureId.Should().Be(4506508);
        released.Kickoff.Should().Be(Kickoff);
        released.Ticks.Select(t => t.Bookmaker).Should().Equal("Bet365", "Pinnacle");
        routing.HeldEvents.Should().Be(0);
        routing.Route([Tick("Bet365", 2.2m)]).Should().ContainSingle().Which.Ticks.Should().ContainSingle();
    }

    [Fact]
    public void Ticks_of_an_event_nobody_described_wait_for_its_description()
    {
        var routing = new OddsRouting();
        routing.Route([Tick("Pinnacle", 2.00m)]);

        routing.Describe([Event with { Home = null }], T0).Should().BeEmpty("no teams, nothing to resolve by");
        routing.Describe([Event], T0).Should().ContainSingle();
        routing.HeldEvents.Should().Be(1);
    }

    [Fact]
    public void Events_still_unresolved_with_held_ticks_are_asked_about_again_after_the_retry_interval()
    {
        var routing = new OddsRouting();
        routing.Describe([Event, new OddsEvent("2") { Home = "A", Away = "B", StartTime = Kickoff }], T0);
        routing.Route([Tick("Pinnacle", 2.00m)]);

        routing.DueAgain(T0.AddMinutes(4), TimeSpan.FromMinutes(5)).Should().BeEmpty();
        routing.DueAgain(T0.AddMinutes(5), TimeSpan.FromMinutes(5)).Select(q => q.ExternalId).Should().Equal(Event.Id);
        routing.DueAgain(T0.AddMinutes(6), TimeSpan.FromMinutes(5)).Should().BeEmpty("asked again a minute ago");
    }

    [Fact]
    public void Retired_events_are_forgotten_with_their_held_ticks_and_start_afresh_if_they_come_back()
    {
        var routing = new OddsRouting();
        var other = new OddsEvent("2") { Home = "A", Away = "B", StartTime = Kickoff };
        routing.Describe([Event, other], T0);
        routing.Resolved(other.Id, 4506509);
        routing.Route([Tick("Pinnacle", 2.00m), new OddsUpdate(Event.Id, OddsTick.Withdraw(null, T0.AddSeconds(1)))]);
        (routing.ResolvedEvents, routing.HeldEvents).Should().Be((1, 1));

        routing.Retire([Event.Id, other.Id]);

        (routing.ResolvedEvents, routing.HeldEvents, routing.HeldTicks).Should().Be((0, 0, 0));
        routing.DueAgain(T0.AddHours(1), TimeSpan.FromMinutes(5)).Should().BeEmpty();
        routing.Route([new OddsUpdate(other.Id, Tick("Bet365", 2.1m).Tick)]).Should().BeEmpty("its fixture is forgotten until it is resolved again");
        routing.Describe([Event, other], T0.AddHours(1)).Select(q => q.ExternalId).Should().Equal(Event.Id, other.Id);
    }
}

using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.Odds.Client;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Odds.Client;

public class PendingTicksTests
{
    private static readonly DateTimeOffset T0 = Kickoff.AddHours(-1);

    private static OddsUpdate Quote(string eventId, string bookmaker, decimal home, int second) =>
        new(eventId, OddsTick.Quote(Quotes(bookmaker, (Home, home), (Away, 4m)), T0.AddSeconds(second)));

    private static OddsUpdate Withdraw(string eventId, string? bookmaker, int second) =>
        new(eventId, OddsTick.Withdraw(bookmaker, T0.AddSeconds(second)));

    [Fact]
    public void Only_the_latest_tick_of_each_bookmaker_variant_is_kept_per_event()
    {
        var pending = new PendingTicks();
        pending.Add(Quote("1", "Pinnacle", 2.00m, 0));
        pending.Add(Quote("1", "Bet365", 2.10m, 1));
        pending.Add(Quote("1", "pinnacle", 1.95m, 2));
        pending.Add(Quote("1", "Bet365 (no latency)", 2.05m, 3));
        pending.Add(Quote("2", "Pinnacle", 3.00m, 4));

        var first = pending.Take("1");

        first.Select(tick => (tick.Bookmaker, tick.Odds!.Entries.Single(e => e.Key == Home).Price))
            .Should().Equal(("Bet365", 2.10m), ("pinnacle", 1.95m), ("Bet365 (no latency)", 2.05m));
        pending.TickCount.Should().Be(1);
        pending.Take("1").Should().BeEmpty();
    }

    [Fact]
    public void An_event_wide_withdrawal_makes_every_earlier_tick_of_the_event_moot()
    {
        var pending = new PendingTicks();
        pending.Add(Quote("1", "Pinnacle", 2.00m, 0));
        pending.Add(Withdraw("1", "Bet365", 1));
        pending.Add(Withdraw("1", null, 2));
        pending.Add(Quote("1", "Bet365", 2.20m, 3));

        pending.TakeAll().Select(update => (update.Tick.Bookmaker, update.Tick.Odds is null)).Should().Equal((null, true), ("Bet365", false));
    }

    [Fact]
    public void Applying_what_is_kept_gives_the_same_book_as_applying_every_tick()
    {
        var updates = new[]
        {
            Quote("1", "Pinnacle", 2.00m, 0), Quote("1", "Bet365", 2.10m, 1), Withdraw("1", "Pinnacle", 2),
            Quote("1", "Bet365 (no latency)", 2.05m, 3), Withdraw("1", null, 4), Quote("1", "Pinnacle", 1.90m, 5),
            Quote("1", "Bet365", 2.15m, 6), Withdraw("1", "Bet365", 7), Quote("1", "Bet365 (no latency)", 2.00m, 8),
        };
        var pending = new PendingTicks();
        var everyTick = new FixtureBook(new OddsOptions(), Kickoff);
        foreach (var update in updates)
        {
            pending.Add(update);
            update.Tick.ApplyTo(everyTick);
        }
        var keptOnly = new FixtureBook(new OddsOptions(), Kickoff);

        foreach (var tick in pending.Take("1"))
        {
            tick.ApplyTo(keptOnly);
        }

        keptOnly.Quotes.Select(q => (q.Bookmaker, q.Source, q.Key, q.Price))
            .Should().BeEquivalentTo(everyTick.Quotes.Select(q => (q.Bookmaker, q.Source, q.Key, q.Price)));
        keptOnly.Quotes.Should().HaveCount(4, "Pinnacle's two prices and the no-latency variant's two");
    }
}

using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.Odds.Feed;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Odds;

public class FixtureBookTests
{
    private static readonly DateTimeOffset T0 = Kickoff.AddHours(-2);

    private static FixtureBook NewBook(OddsOptions? options = null) => new(options ?? new OddsOptions(), Kickoff);

    [Fact]
    public void Each_message_replaces_everything_its_bookmaker_quotes_and_nothing_else()
    {
        var book = NewBook();
        book.Apply(Quotes("Pinnacle", (Home, 1.90m), (Away, 2.00m), (Over(2.5m), 1.95m), (Under(2.5m), 1.95m)), T0);
        book.Apply(Quotes("Bet365", (Home, 1.95m)), T0);

        book.Apply(Quotes("Pinnacle", (Home, 1.85m), (Away, 2.05m)), T0.AddMinutes(1));

        book.Price("Pinnacle", Home)!.Price.Should().Be(1.85m);
        book.Price("Pinnacle", Home)!.SeenAt.Should().Be(T0.AddMinutes(1));
        book.Price("Pinnacle", Over(2.5m)).Should().BeNull("the totals were not in the latest Pinnacle message");
        book.Price("Bet365", Home)!.Price.Should().Be(1.95m);
        book.Quotes.Select(quote => (quote.Bookmaker, quote.Key, quote.Price)).Should().BeEquivalentTo(new[]
        {
            ("Pinnacle", Home, 1.85m), ("Pinnacle", Away, 2.05m), ("Bet365", Home, 1.95m),
        });
    }

    [Fact]
    public void Bookmaker_variants_are_one_bookmaker_and_do_not_wipe_each_other()
    {
        var book = NewBook();
        book.Apply(Quotes("Bet365", (Home, 2.00m), (Over(2.5m), 1.90m)), T0);

        book.Apply(Quotes("Bet365 (no latency)", (Home, 1.95m)), T0.AddSeconds(1));

        var home = book.Price("Bet365", Home)!;
        (home.Bookmaker, home.Source, home.Price).Should().Be(("Bet365", "Bet365 (no latency)", 1.95m));
        book.Price("bet365 (No Latency)", Home).Should().BeSameAs(home, "any variant's name finds the merged bookmaker");
        book.Price("Bet365", Over(2.5m))!.Price.Should().Be(1.90m, "the other variant's markets stay");
        book.Quotes.Should().HaveCount(2);

        book.Withdraw("Bet365 (no latency)", T0.AddSeconds(2));

        book.Price("Bet365", Home)!.Source.Should().Be("Bet365", "the remaining variant's price shows again");
        book.Price("Bet365", Home)!.Price.Should().Be(2.00m);
    }

    [Fact]
    public void When_variants_arrive_at_the_same_time_the_one_applied_last_wins()
    {
        var book = NewBook();
        book.Apply(Quotes("Bet365 (no latency)", (Home, 1.95m)), T0);
        book.Apply(Quotes("Bet365", (Home, 2.00m)), T0);

        book.Price("Bet365", Home)!.Price.Should().Be(2.00m);
    }

    [Theory]
    [InlineData("20.00", "19.99", "0.05")]
    [InlineData("2.000", "1.999", "0.05")]
    [InlineData("3.00", "2.99", "0.3333")]
    [InlineData("2.00", "1.80", "10")]
    [InlineData("25.00", "24.99", null)]
    [InlineData("2.00", "2.00", null)]
    [InlineData("2.00", "2.10", null)]
    public void A_fall_of_at_least_the_threshold_is_recorded_as_a_drop(string before, string after, string? percent)
    {
        var (old, current) = (Parse(before), Parse(after));
        var book = NewBook();
        book.Apply(Quotes("Bet365", (Home, old)), T0);

        var drops = book.Apply(Quotes("Bet365", (Home, current)), T0.AddSeconds(5));

        var expected = percent is null
            ? Array.Empty<PriceDrop>()
            : [new PriceDrop("Bet365", Home, old, current, Parse(percent), T0.AddSeconds(5))];
        drops.Should().Be(expected.Length);
        book.LatestDrops(drops).Should().Equal(expected);
        book.Drops.Should().Equal(expected);
    }

    [Fact]
    public void A_price_that_returns_lower_after_a_suspension_is_a_drop()
    {
        var book = NewBook();
        book.Apply(Quotes("Bet365", (Home, 2.00m)), T0);
        book.Withdraw("Bet365", T0.AddSeconds(1)).Should().Be(0);
        book.Price("Bet365", Home).Should().BeNull();

        var drops = book.Apply(Quotes("Bet365", (Home, 1.80m)), T0.AddSeconds(30));

        drops.Should().Be(1);
        book.LatestDrops(drops).Should().Equal(new PriceDrop("Bet365", Home, 2.00m, 1.80m, 10m, T0.AddSeconds(30)));
    }

    [Fact]
    public void The_drop_history_keeps_the_latest_drops_up_to_its_limit()
    {
        var book = NewBook(new OddsOptions { DropHistoryLimit = 2 });
        var prices = new[] { 2.00m, 1.90m, 1.80m, 1.70m };
        for (var i = 0; i < prices.Length; i++)
        {
            book.Apply(Quotes("Bet365", (Home, prices[i])), T0.AddSeconds(i));
        }

        book.Drops.Select(drop => (drop.OldPrice, drop.NewPrice)).Should().Equal((1.90m, 1.80m), (1.80m, 1.70m));
    }

    [Fact]
    public void A_price_is_stale_once_the_feed_has_not_confirmed_it_for_longer_than_the_maximum_age()
    {
        var book = NewBook();
        book.Apply(Quotes("Pinnacle", (Home, 1.90m)), T0);
        var maxAge = TimeSpan.FromSeconds(30);

        book.Price("Pinnacle", Home)!.IsStale(T0.AddSeconds(30), maxAge).Should().BeFalse();
        book.Price("Pinnacle", Home)!.IsStale(T0.AddSeconds(30).AddTicks(1), maxAge).Should().BeTrue();

        book.Apply(Quotes("Pinnacle", (Home, 1.90m)), T0.AddSeconds(40));

        book.Price("Pinnacle", Home)!.IsStale(T0.AddSeconds(60), maxAge).Should().BeFalse("every message re-confirms its prices");
    }

    [Fact]
    public void Withdrawing_without_a_bookmaker_takes_every_price_away()
    {
        var book = NewBook();
        book.Apply(Quotes("Pinnacle", (Home, 1.90m)), T0);
        book.Apply(Quotes("Bet365 (no latency)", (Home, 1.95m)), T0);

        book.Withdraw(null, T0.AddSeconds(1));

        book.Quotes.Should().BeEmpty();
    }

    [Fact]
    public void A_price_beating_the_sharp_fair_price_by_the_edge_is_value_until_it_expires()
    {
        // Pinnacle 1.90 / 2.00: overround 1/1.90 + 1/2.00 = 1.026316, fair prices 1.95 / 2.052632.
        var book = NewBook();
        book.Apply(Quotes("Pinnacle", (Home, 1.90m), (Away, 2.00m)), T0);
        book.Apply(Quotes("Bet365", (Home, 2.00m), (Away, 2.00m)), T0.AddSeconds(10));

        // Home: 2.00 / 1.95 - 1 = 0.025641 ≥ 0.02. Away: 2.00 < 2.052632. Expiry: the older price (T0) + 30 s.
        var expected = new ValueBet("Bet365", Home, 2.00m, 1.95m, 0.0256m, T0.AddSeconds(30));
        book.ValueBets(T0.AddSeconds(10)).Should().Equal(expected);
        book.ValueBets(T0.AddSeconds(29)).Should().Equal(expected);
        book.ValueBets(T0.AddSeconds(30)).Should().BeEmpty();

        book.Apply(Quotes("Pinnacle", (Home, 1.90m), (Away, 2.00m)), T0.AddSeconds(20));

        book.ValueBets(T0.AddSeconds(30)).Should().ContainSingle().Which.Should().Be(expected with { ExpiresAt = T0.AddSeconds(40) },
            "a fresh sharp price renews the value until the bookmaker's own price ages out");
    }

    [Theory]
    [InlineData("1.989", "0.0200")]
    [InlineData("1.988", null)]
    public void The_value_edge_is_inclusive(string price, string? edge)
    {
        // Fair 1.95 × 1.02 = 1.989 exactly.
        var book = NewBook();
        book.Apply(Quotes("Pinnacle", (Home, 1.90m), (Away, 2.00m)), T0);
        book.Apply(Quotes("Bet365", (Home, Parse(price))), T0);

        var values = book.ValueBets(T0);

        values.Select(value => value.Edge).Should().Equal(edge is null ? [] : [Parse(edge)]);
    }

    [Fact]
    public void Three_way_value_takes_the_margin_out_of_all_three_outcomes_and_lists_the_best_edge_first()
    {
        // Pinnacle 2.00 / 3.40 / 4.00: overround 1.044118, fair 2.088235 / 3.55 / 4.176471.
        var book = NewBook();
        book.Apply(Quotes("Pinnacle", (Home, 2.00m), (Draw, 3.40m), (Away, 4.00m)), T0);
        book.Apply(Quotes("William Hill", (Draw, 3.65m)), T0);
        book.Apply(Quotes("Bet365", (Home, 2.05m), (Draw, 3.70m), (Away, 4.10m)), T0);

        book.ValueBets(T0).Should().Equal(
            new ValueBet("Bet365", Draw, 3.70m, 3.55m, 0.0423m, T0.AddSeconds(30)),         // 3.70 / 3.55 - 1 = 0.042254
            new ValueBet("William Hill", Draw, 3.65m, 3.55m, 0.0282m, T0.AddSeconds(30)));  // 3.65 / 3.55 - 1 = 0.028169
    }

    [Fact]
    public void There_is_no_value_without_a_complete_sharp_book()
    {
        var book = NewBook();
        book.Apply(Quotes("Bet365", (Home, 5.00m), (Away, 5.00m)), T0);
        book.ValueBets(T0).Should().BeEmpty("no sharp prices at all");

        book.Apply(Quotes("Pinnacle", (Home, 1.90m), (Over(2.5m), 1.90m)), T0);
        book.ValueBets(T0).Should().BeEmpty("a single outcome of a market carries no margin to take out");
    }

    [Fact]
    public void A_sharp_price_that_is_no_real_price_gives_no_fair_prices_and_breaks_nothing()
    {
        var book = NewBook();
        book.Apply(Quotes("Bet365", (Home, 5.00m), (Away, 5.00m)), T0);

        book.Apply(Quotes("Pinnacle", (Home, 1.00m), (Away, 2.00m)), T0);

        book.ValueBets(T0).Should().BeEmpty();
        book.Apply(Quotes("Pinnacle", (Home, 1.90m), (Away, 2.00m)), T0.AddSeconds(1));
        book.ValueBets(T0.AddSeconds(1)).Select(value => value.Key).Should().BeEquivalentTo([Home, Away], "real prices again");
    }

    [Fact]
    public void The_closing_price_is_the_last_one_offered_at_or_before_kickoff()
    {
        var book = NewBook();
        book.Apply(Quotes("Pinnacle", (Home, 2.00m)), Kickoff.AddMinutes(-10));
        book.Apply(Quotes("Pinnacle", (Home, 1.95m)), Kickoff);
        book.Apply(Quotes("Pinnacle", (Home, 1.60m)), Kickoff.AddMinutes(5));

        var closing = book.ClosingPrice("Pinnacle", Home)!;
        (closing.Price, closing.SeenAt).Should().Be((1.95m, Kickoff));
        book.Price("Pinnacle", Home)!.Price.Should().Be(1.60m);
    }

    [Fact]
    public void The_closing_price_survives_the_market_being_taken_away_at_kickoff()
    {
        var book = NewBook();
        book.Apply(Quotes("Pinnacle", (Home, 2.00m)), Kickoff.AddMinutes(-1));
        book.Apply(Quotes("Bet365", (Home, 2.10m)), Kickoff.AddMinutes(1));

        book.Withdraw(null, Kickoff);

        book.ClosingPrice("Pinnacle", Home)!.Price.Should().Be(2.00m);
        book.ClosingPrice("Bet365", Home).Should().BeNull("Bet365 first offered it after kickoff");
    }

    [Fact]
    public void Value_bets_kept_between_ticks_match_a_book_built_afresh_from_the_same_prices()
    {
        // A seeded walk of quotes and withdrawals over the sharp book, one of its variants and two other bookmakers.
        // After every step the book (which keeps fair prices and value bets between calls) must answer what a new book
        // given only the messages still standing, in the order they were applied, answers.
        string[] sources = ["Pinnacle", "Pinnacle (no latency)", "Bet365", "William Hill"];
        OddsKey[] keys = [Home, Draw, Away, Over(2.5m), Under(2.5m)];
        decimal[] prices = [1.80m, 1.90m, 2.00m, 2.10m, 3.40m, 3.60m, 4.00m];
        var random = new Random(20261123);
        var book = NewBook();
        var standing = new List<(string Source, BookmakerMarkets Markets, DateTimeOffset At)>();
        var now = T0;
        var valueSeen = 0;

        for (var step = 0; step < 600; step++)
        {
            now = now.AddSeconds(random.Next(0, 12));
            var source = sources[random.Next(sources.Length)];
            var roll = random.Next(10);
            if (roll == 0)
            {
                book.Withdraw(source, now);
                standing.RemoveAll(message => message.Source == source);
            }
            else if (roll == 1 && step % 7 == 0)
            {
                book.Withdraw(null, now);
                standing.Clear();
            }
            else
            {
                var quoted = keys.Where(_ => random.Next(3) > 0).Select(key => (key, prices[random.Next(prices.Length)])).ToArray();
                var markets = Quotes(source, quoted.Length > 0 ? quoted : [(Home, 2.00m)]);
                book.Apply(markets, now);
                standing.RemoveAll(message => message.Source == source);
                standing.Add((source, markets, now));
            }

            var afresh = NewBook();
            foreach (var message in standing)
            {
                afresh.Apply(message.Markets, message.At);
            }
            var values = book.ValueBets(now);
            values.Should().BeEquivalentTo(afresh.ValueBets(now), $"step {step}");
            values.Select(value => value.Edge).Should().BeInDescendingOrder();
            valueSeen += values.Count;
        }

        valueSeen.Should().BeGreaterThan(100, "the walk must produce value bets for the comparison to mean anything");
    }
}

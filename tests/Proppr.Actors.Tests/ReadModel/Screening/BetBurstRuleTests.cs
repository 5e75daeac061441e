using Proppr.Actors.ReadModel.Screening;
using static Proppr.Actors.Tests.ReadModel.Screening.ScreeningBets;

namespace Proppr.Actors.Tests.ReadModel.Screening;

public sealed class BetBurstRuleTests
{
    private static readonly ScreeningSettings Settings = new() { BurstMinBets = 4, BurstWindow = TimeSpan.FromMinutes(2) };

    [Fact]
    public void Merges_overlapping_windows_into_one_burst_with_every_bet_as_evidence()
    {
        // Bets every 40 s from noon to 12:04 (7 bets): every 2-minute window holds 4, so all seven are one burst.
        // Then one bet an hour later, alone.
        var bets = Enumerable.Range(0, 7).Select(i => Bet($"b{i}", Noon.AddSeconds(40 * i), stake: 5m))
            .Append(Bet("late", Noon.AddHours(1)))
            .ToArray();

        var flag = new BetBurstRule(Settings).Check(Activity(bets));

        flag.Should().NotBeNull();
        flag!.Category.Should().Be(ScreeningCategory.Risky);
        flag.Figures["bursts"].Should().Be(1);
        flag.Figures["largest_burst"].Should().Be(7);
        flag.Evidence.Single().BetIds.Should().Equal("b0", "b1", "b2", "b3", "b4", "b5", "b6");
        flag.Evidence.Single().Detail.Should().Be("7 bets from 12:00:00 to 12:04:00 UTC, staking 35");
    }

    [Fact]
    public void Counts_separate_bursts_and_leaves_a_steady_pace_alone()
    {
        var burst = Enumerable.Range(0, 4).Select(i => Bet($"x{i}", Noon.AddSeconds(10 * i)));
        var second = Enumerable.Range(0, 5).Select(i => Bet($"y{i}", Noon.AddHours(2).AddSeconds(5 * i)));

        var flag = new BetBurstRule(Settings).Check(Activity(burst.Concat(second)));

        flag!.Figures["bursts"].Should().Be(2);
        flag.Evidence.Select(e => e.BetIds.Count).Should().Equal(4, 5);

        var steady = Enumerable.Range(0, 20).Select(i => Bet($"s{i}", Noon.AddMinutes(i)));
        new BetBurstRule(Settings).Check(Activity(steady)).Should().BeNull();
    }

    [Fact]
    public void Only_counts_bets_of_the_screened_day()
    {
        var yesterday = Enumerable.Range(0, 6).Select(i => Bet($"y{i}", Noon.AddDays(-1).AddSeconds(i)));

        new BetBurstRule(Settings).Check(Activity(yesterday.Append(Bet("today", Noon)))).Should().BeNull();
    }
}

using Proppr.Actors.Odds.Books;
using Proppr.Actors.ReadModel.Screening;
using static Proppr.Actors.Tests.ReadModel.Screening.ScreeningBets;

namespace Proppr.Actors.Tests.ReadModel.Screening;

public sealed class ClientScreenerTests
{
    private static readonly ScreeningSettings Settings = new()
    {
        SharpMinBets = 3, SharpAverageClv = 0.03m, ClvWindowDays = 3, BurstMinBets = 3, BurstWindow = TimeSpan.FromMinutes(1),
    };

    [Fact]
    public void Screens_each_client_that_bet_on_the_day_flagged_first_with_the_window_for_closing_lines()
    {
        // sharp: two bets two days back and one today, all +5 %: three within the 3-day window. A fourth bet four days
        // back at -50 % is outside it. bursty: three bets in 20 s today. quiet: one bet today. gone: only yesterday.
        var bets = new[]
        {
            Bet("s-old", Noon.AddDays(-4), clv: -0.50m, client: "sharp"),
            Bet("s1", Noon.AddDays(-2), clv: 0.05m, client: "sharp"),
            Bet("s2", Noon.AddDays(-2), clv: 0.05m, client: "sharp"),
            Bet("s3", Noon, clv: 0.05m, client: "sharp"),
            Bet("r1", Noon, client: "bursty"), Bet("r2", Noon.AddSeconds(10), client: "bursty"), Bet("r3", Noon.AddSeconds(20), client: "bursty"),
            Bet("q1", Noon, client: "quiet"),
            Bet("g1", Noon.AddDays(-1), client: "gone"),
        };

        var report = new ClientScreener(Settings).Screen(Day, bets, new Dictionary<long, IReadOnlyList<PriceDrop>>(), unattributedBets: 2);

        report.Day.Should().Be(Day);
        report.UnattributedBets.Should().Be(2);
        report.Clients.Select(c => (c.Client, c.Bets, string.Join(',', c.Categories))).Should().Equal(
            ("bursty", 3, "Risky"), ("sharp", 1, "Sharp"), ("quiet", 1, ""));
        report.Clients[1].Flags.Single().Figures["bets_with_clv"].Should().Be(3);
        new ClientScreener(Settings).WindowStart(Day).Should().Be(Day.AddDays(-2));
    }
}

using System.Globalization;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches.FotMob;
using Proppr.Node.Demo;
using Proppr.Replay.FotMob;
using Proppr.Replay.Generation;

namespace Proppr.Node.Tests.Demo;

/// <summary>
/// The demo's day is generated from its seed alone: run on any date, the same seed gives the same fixtures, facts and
/// bets, only moved in time, so the summary the README prints is what anyone gets.
/// </summary>
public sealed class DemoDayTests
{
    [Theory]
    [InlineData("2026-11-23", "2026-12-07")]
    [InlineData("2026-03-29", "2026-07-14")]
    public void The_same_seed_gives_the_same_day_on_any_date(string first, string second)
    {
        var options = new DemoOptions { Fixtures = 12, Bets = 3000, Seed = 7 };
        var one = DemoDay.Generate(options, DateOnly.Parse(first, CultureInfo.InvariantCulture));
        var other = DemoDay.Generate(options, DateOnly.Parse(second, CultureInfo.InvariantCulture));
        var shift = other.Day.Matches[0].Kickoff - one.Day.Matches[0].Kickoff;

        shift.Should().NotBe(TimeSpan.Zero);
        other.Day.Matches.Select(m => Moved(m, shift)).Should().Equal(one.Day.Matches.Select(Facts));
        other.Bets.Select(bet => bet with { Kickoff = bet.Kickoff - shift, PlacedAt = bet.PlacedAt - shift })
            .Should().Equal(one.Bets);
    }

    [Fact]
    public void The_rules_decide_the_default_day_alike_on_any_date()
    {
        var one = Decided(new DateOnly(2026, 11, 23));
        var other = Decided(new DateOnly(2026, 7, 14));

        other.Should().Equal(one);
        // The README's summary of the default demo: the node decides as the rules do (DemoRunTests).
        one.Should().Equal(new SortedDictionary<string, int>(StringComparer.Ordinal)
        {
            ["HalfLost"] = 20, ["HalfWon"] = 19, ["Lost"] = 1453, ["Refund"] = 540, ["Won"] = 968,
        });
    }

    /// <summary>The default demo's bets by the status the rules give them on their matches' final payloads.</summary>
    private static SortedDictionary<string, int> Decided(DateOnly today)
    {
        var day = DemoDay.Generate(new DemoOptions(), today);
        var finals = day.Day.Matches.ToDictionary(m => m.MatchId, m => FotMobParser.Parse(FotMobMatchWriter.Write(m, day.End.AddHours(3))));
        var settler = new Settler(SettlementPolicy.Default);
        var settledAt = day.End.AddDays(3);
        return new SortedDictionary<string, int>(day.Bets
            .Select(bet => (Bet: bet, Id: bet.FixtureId ?? day.Day.FindByOddsEvent(long.Parse(bet.OddsEventId!, CultureInfo.InvariantCulture))!.MatchId))
            .Select(b => settler.Settle(b.Bet with { FixtureId = b.Id }, finals[b.Id], settledAt).Status.ToString())
            .GroupBy(status => status)
            .ToDictionary(group => group.Key, group => group.Count()), StringComparer.Ordinal);
    }

    private static string Moved(SyntheticMatch match, TimeSpan shift) => Facts(match with { Kickoff = match.Kickoff - shift });

    /// <summary>The match as FotMob shows it once every correction is out (its times in UTC are compared moved).</summary>
    private static string Facts(SyntheticMatch match) =>
        FotMobMatchWriter.Write(match, match.Kickoff.AddHours(6));
}

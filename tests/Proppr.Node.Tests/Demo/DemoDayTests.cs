using Proppr.Actors.Betting;
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
        var one = DemoDay.Generate(options, DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        var other = DemoDay.Generate(options, DateOnly.Parse(second, System.Globalization.CultureInfo.InvariantCulture));
        var shift = other.Day.Matches[0].Kickoff - one.Day.Matches[0].Kickoff;

        shift.Should().NotBe(TimeSpan.Zero);
        other.Day.Matches.Select(m => Moved(m, shift)).Should().Equal(one.Day.Matches.Select(Facts));
        other.Bets.Select(bet => bet with { Kickoff = bet.Kickoff - shift, PlacedAt = bet.PlacedAt - shift })
            .Should().Equal(one.Bets);
    }

    private static string Moved(SyntheticMatch match, TimeSpan shift) => Facts(match with { Kickoff = match.Kickoff - shift });

    /// <summary>The match as FotMob shows it once every correction is out (its times in UTC are compared moved).</summary>
    private static string Facts(SyntheticMatch match) =>
        FotMobMatchWriter.Write(match, match.Kickoff.AddHours(6));
}

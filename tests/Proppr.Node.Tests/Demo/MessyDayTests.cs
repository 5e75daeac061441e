using Proppr.Node.Demo;
using Proppr.Replay.Generation;

namespace Proppr.Node.Tests.Demo;

/// <summary>
/// A replayed day as messy as the real feeds, through the node: for each rare event, every bet on a match that has it
/// ends as the pure rules decide it on the final payload, and some of those bets touch it; the summary, printed once
/// the late corrections' 2-hour checks are graded, equals the API's final figures.
/// </summary>
public sealed class MessyDayTests(MessyDay day) : IClassFixture<MessyDay>
{
    public static TheoryData<FeedQuirk> Quirks => [.. Enum.GetValues<FeedQuirk>()];

    [Theory]
    [MemberData(nameof(Quirks))]
    public void Every_bet_on_a_match_with_the_quirk_settles_as_the_rules_say(FeedQuirk quirk)
    {
        var affected = day.Check.Verdicts.Where(v => v.Match.Quirks.Present.Contains(quirk)).ToList();

        affected.Should().NotBeEmpty($"the day has bets on a match with {quirk}");
        foreach (var verdict in affected)
        {
            verdict.Actual.Should().Be(verdict.Expected, verdict.ToString());
        }
        day.Check.Report.Paths.Should().ContainKey("quirk: " + quirk, "some bets read what the quirk changes");
    }

    public static TheoryData<FotMobEra> Eras => [.. Enum.GetValues<FotMobEra>()];

    [Theory]
    [MemberData(nameof(Eras))]
    public void Every_bet_on_a_match_in_each_shape_era_settles_as_the_rules_say(FotMobEra era)
    {
        var affected = day.Check.Verdicts.Where(v => v.Match.Era == era && !v.Match.Postponed).ToList();

        affected.Should().NotBeEmpty($"the day has bets on a played match in the {era} shape");
        foreach (var verdict in affected)
        {
            verdict.Actual.Should().Be(verdict.Expected, verdict.ToString());
        }
        if (era != FotMobEra.Season2024)
        {
            day.Check.Report.Paths.Should().ContainKey("shape: " + era);
        }
    }

    [Fact]
    public async Task Late_corrections_are_graded_at_the_2_hour_check_and_the_summary_has_them()
    {
        var check = day.Check;
        var late = check.Session.Day.Day.Matches.Where(m => m.Correction is { } c && c.Delay > DemoTimings.MatchDayCorrectionChecks[0]).ToList();
        late.Should().NotBeEmpty();
        using var http = check.Session.Client();
        foreach (var match in late.Where(m => check.Session.Day.FixturesWithBets.Contains(m.MatchId)))
        {
            ((int)(await http.GetOkAsync($"api/fixtures/{match.MatchId}"))["correction_checks_done"]!).Should().Be(2, $"match {match.MatchId}'s correction came after the first check");
        }
        foreach (var verdict in check.Verdicts)
        {
            verdict.Actual.Should().Be(verdict.Expected, verdict.ToString());
        }
        check.Report.Statuses.Should().BeEquivalentTo(check.FinalStatuses, "the summary waited for every re-settlement");
    }

    [Fact]
    public void Bets_on_the_postponed_match_inside_its_window_stay_pending_as_the_rules_say()
    {
        var postponed = day.Check.Verdicts.Where(v => v.Match.Postponed && !v.Match.Quirks.Cancelled).ToList();

        postponed.Should().NotBeEmpty();
        foreach (var verdict in postponed)
        {
            verdict.Actual.Should().Be(verdict.Expected, verdict.ToString());
            verdict.Actual.Status.Should().Be("pending");
        }
        day.Check.Report.Statuses[DemoReport.WaitingForPostponedMatch].Should().Be(postponed.Count);
        day.Check.Report.Undecided.Should().Be(0, "a bet waiting by the rules is not one the day failed to decide");
        day.Check.Output.Should().NotContain("still open", "the day ends without waiting for them");
    }

    [Fact]
    public void The_summary_counts_the_bets_through_each_hard_path()
    {
        var paths = day.Check.Report.Paths;

        paths.Keys.Should().Contain(["first goalscorer", "struck in stoppage time", "reason: cancelled"]);
        paths.Keys.Should().Contain(k => k.StartsWith("reason: ", StringComparison.Ordinal) && k != "reason: cancelled");
        day.Check.Output.Should().Contain("Hard paths").And.Contain("quirk: CoachBooked");
    }
}

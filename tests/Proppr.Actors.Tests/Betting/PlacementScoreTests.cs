using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting;

/// <summary>
/// The score a bet was struck at, read from real payloads. Liverpool 2-2 Man Utd (4506508, 2024/25 shape): the halves
/// kicked off at 16:30:13 and 17:34:19 UTC; goals 52' (away), 59', 70' (home), 80' (away). Arsenal 3-1 Man Utd
/// (4193490, 2023 shape): only the kickoff, 15:30 UTC, is known; goals 27' (away), 28', 90+6', 90+11' (home).
/// </summary>
public class PlacementScoreTests
{
    private static readonly MatchDetails LiverpoolManUtd = new RealMatch(SavedMatches.LiverpoolManUtd2025).FullTime;
    private static readonly MatchDetails ArsenalManUtd = new RealMatch(SavedMatches.ArsenalManUtd2023).FullTime;

    private static DateTimeOffset Utc(int hour, int minute, int second = 0) => new(2025, 1, 5, hour, minute, second, TimeSpan.Zero);

    public static TheoryData<DateTimeOffset, int, int> LiverpoolMoments => new()
    {
        // Before kickoff, during the goalless first half and at half time: 0-0.
        { Utc(16, 0), 0, 0 },
        { Utc(17, 0), 0, 0 },
        { Utc(17, 25), 0, 0 },
        // 52' is the 7th minute after 17:34:19: from 17:40:19 on the goal has been scored.
        { Utc(17, 40, 18), 0, 0 },
        { Utc(17, 40, 20), 0, 1 },
        { Utc(17, 45), 0, 1 },
        { Utc(17, 48), 1, 1 },
        { Utc(18, 0), 2, 1 },
        // After the final whistle every goal came before.
        { Utc(19, 0), 2, 2 },
    };

    [Theory]
    [MemberData(nameof(LiverpoolMoments))]
    public void Each_half_runs_from_its_own_kickoff_time(DateTimeOffset placedAt, int home, int away) =>
        PlacementScore.At(LiverpoolManUtd, placedAt).Should().Be(new Score(home, away));

    [Fact]
    public void With_only_the_kickoff_known_the_first_half_can_be_placed_and_the_second_cannot()
    {
        var kickoff = ArsenalManUtd.Kickoff!.Value;

        PlacementScore.At(ArsenalManUtd, kickoff.AddMinutes(-5)).Should().Be(Score.Nil);
        PlacementScore.At(ArsenalManUtd, kickoff.AddMinutes(20)).Should().Be(Score.Nil);
        PlacementScore.At(ArsenalManUtd, kickoff.AddMinutes(26.5)).Should().Be(new Score(0, 1));
        PlacementScore.At(ArsenalManUtd, kickoff.AddMinutes(40)).Should().Be(new Score(1, 1));
        PlacementScore.At(ArsenalManUtd, kickoff.AddMinutes(70)).Should().BeNull("half time or the second half: its kickoff time is not in the payload");
    }

    [Fact]
    public void A_match_not_started_has_no_goals_before_any_bet_and_one_without_a_kickoff_time_cannot_place_it()
    {
        var wolvesManCity = new RealMatch(SavedMatches.WolvesManCity2020);

        PlacementScore.At(wolvesManCity.BeforeKickoff, Utc(17, 0)).Should().Be(Score.Nil);
        PlacementScore.At(wolvesManCity.FullTime, Utc(17, 0)).Should().BeNull("the 2020 shape has no kickoff time");
    }

    [Fact]
    public void An_in_play_handicap_struck_at_0_1_counts_the_2_1_that_followed()
    {
        var struckAt = PlacementScore.At(LiverpoolManUtd, Utc(17, 45));
        var home = Team(Market.AsianHandicap, Selection.Home, -0.5m) with { ScoreAtPlacement = struckAt };

        home.Settle(LiverpoolManUtd).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        (home with { Selection = Selection.Away, Line = Line.Of(0.5m) }).Settle(LiverpoolManUtd).ShouldBe(SettlementStatus.Lost, -1m, 0m, -10m);
        (home with { ScoreAtPlacement = null }).Settle(LiverpoolManUtd).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
    }
}

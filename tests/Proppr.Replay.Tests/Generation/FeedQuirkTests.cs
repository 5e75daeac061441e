using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.Replay.FotMob;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.Tests.Generation;

/// <summary>
/// The feed's quirks: how often they happen, that options switch them, and that each is written as the real feed
/// writes it (in the 2024/25 shape; the eras are FotMobEraTests'), so the project's parser reads it as it reads the
/// real payloads.
/// </summary>
public class FeedQuirkTests
{
    private static readonly MatchDay EveryQuirk = MatchDayGenerator.Generate(new MatchDayOptions { Seed = 4, Fixtures = 6, Quirks = FeedQuirkRates.Every, Eras = FotMobEraMix.Latest });

    public static TheoryData<FeedQuirk> Quirks => [.. Enum.GetValues<FeedQuirk>()];

    [Fact]
    public void Each_quirk_happens_now_and_then_and_the_option_switches_them_off()
    {
        var realistic = Enumerable.Range(1, 100).SelectMany(seed => MatchDayGenerator.Generate(new MatchDayOptions { Seed = seed, Fixtures = 20 }).Matches).ToList();
        var tidy = Enumerable.Range(1, 5).SelectMany(seed => MatchDayGenerator.Generate(new MatchDayOptions { Seed = seed, Fixtures = 20, Quirks = FeedQuirkRates.None }).Matches);

        foreach (var quirk in Enum.GetValues<FeedQuirk>())
        {
            realistic.Count(m => m.Quirks.Present.Contains(quirk)).Should().BeInRange(1, 240, $"{quirk} is rare but happens in 2000 matches");
        }
        tidy.Should().OnlyContain(m => m.Quirks.Present.IsEmpty);
        EveryQuirk.Matches.SelectMany(m => m.Quirks.Present).Distinct().Should().BeEquivalentTo(Enum.GetValues<FeedQuirk>());
    }

    [Theory]
    [MemberData(nameof(Quirks))]
    public void Each_quirk_reads_back_as_the_real_feed_s(FeedQuirk quirk)
    {
        var match = EveryQuirk.Matches.First(m => m.Quirks.Present.Contains(quirk));
        var quirks = match.Quirks;
        var final = FotMobParser.Parse(FotMobMatchWriter.Write(match, match.Kickoff.AddHours(6)));
        var tally = MatchTally.Of(match, new MatchSchedule(match).At(match.Kickoff.AddHours(6)));
        var corners = new SidePair(tally.Team(Side.Home).Corners, tally.Team(Side.Away).Corners);
        switch (quirk)
        {
            case FeedQuirk.BookingMissingFromEvents:
                final.Cards.Should().NotContain(c => c.PlayerId == quirks.BookingMissingFromEvents!.PlayerId);
                final.Lineup.Find(quirks.BookingMissingFromEvents!.PlayerId)!.Marks.Yellow.Should().BeTrue("the lineup marker still shows it");
                break;
            case FeedQuirk.CoachBooked:
                final.Cards.Should().ContainSingle(c => c.Recipient == CardRecipient.Coach).Which.Counts.Should().BeFalse();
                break;
            case FeedQuirk.SubstitutedPlayerBooked:
                final.Cards.Single(c => c.PlayerId == quirks.SubstitutedPlayerBooked!.PlayerId && c.Time == quirks.SubstitutedPlayerBooked.Time)
                    .Recipient.Should().Be(CardRecipient.PlayerNotOnPitch);
                break;
            case FeedQuirk.NullHalfSplits:
                final.TeamStats.HasPeriod(MatchPeriod.FirstHalf).Should().BeTrue();
                final.TeamStats.In(MatchPeriod.FirstHalf, Stat.Corners)!.Value.Should().Be(
                    new SidePair(tally.Team(Side.Home, MatchPeriod.FirstHalf).Corners, tally.Team(Side.Away, MatchPeriod.FirstHalf).Corners), "null reads as 0");
                break;
            case FeedQuirk.NoHalfColumns:
                final.TeamStats.HasPeriod(MatchPeriod.FirstHalf).Should().BeFalse();
                final.TeamStats.Total(Stat.Corners).Should().Be(corners);
                break;
            case FeedQuirk.TotalAboveHalves:
                var side = quirks.TotalAboveHalves!.Value;
                final.TeamStats.Total(Stat.Corners)!.Value.For(side).Should().Be(corners.For(side) + 1);
                break;
            case FeedQuirk.MissedPenalty or FeedQuirk.GoalCancelledByVar:
                final.RegulationScore.Should().Be(tally.Score, "a missed penalty or a cancelled goal is no goal");
                final.Goals.Should().HaveCount(tally.Facts.Goals.Length);
                break;
            case FeedQuirk.CardChangedByVar:
                var review = quirks.CardChangedByVar!;
                var reviewed = final.Cards.Where(c => c.PlayerId == review.Shown.PersonId && c.Time == review.Shown.Time && c.Reviewed).Should().ContainSingle().Subject;
                reviewed.ShownAs.Should().Be(review.ToRed ? CardKind.Yellow : null, "the card was first shown as a yellow");
                (reviewed.Counts ? reviewed.Kind : (CardKind?)null).Should().Be(review.ToRed ? CardKind.Red : null, "it counts as what it became");
                break;
            case FeedQuirk.ExtraTimeAndPenalties:
                final.Status.Should().Be(MatchStatus.Finished);
                final.WentToExtraTime.Should().BeTrue();
                final.RegulationScore.Should().Be(tally.Score).And.Match<Score>(s => s.Home == s.Away, "only a level tie goes on");
                final.ShootoutScore.Should().Be(quirks.Shootout!.Score);
                final.Goals.Should().HaveCount(tally.Facts.Goals.Length, "the shoot-out's kicks are no goals");
                break;
            case FeedQuirk.Abandoned:
                final.Status.Should().Be(MatchStatus.Abandoned);
                final.Score.Should().Be(tally.Score);
                final.Goals.Should().OnlyContain(g => g.Time <= quirks.AbandonedAt!.Value, "nothing after the stop is published");
                final.HasEnded(MatchPeriod.SecondHalf).Should().BeFalse();
                break;
            case FeedQuirk.Awarded:
                final.Status.Should().Be(MatchStatus.Finished);
                final.Score.Should().Be(Score.Nil.Add(quirks.AwardedTo!.Value, 3), "the header shows the awarded score");
                final.RegulationScore.Should().Be(tally.Score, "the goals of the match are the ones played");
                break;
            default:
                final.Status.Should().Be(MatchStatus.Cancelled);
                break;
        }
    }
}

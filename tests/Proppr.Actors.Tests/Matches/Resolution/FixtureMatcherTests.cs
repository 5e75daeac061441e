using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Matches.Resolution;

/// <summary>
/// Odds-provider queries, in the spellings bookmakers use, matched against FotMob's real listing of 3 September 2023
/// (489 matches, women's, academy and reserve sides among them).
/// </summary>
public sealed class FixtureMatcherTests
{
    private static readonly IReadOnlyList<FixtureCandidate> Sunday =
        FotMobListingParser.Parse(ReferenceData.ReadFotMobListing(ReferenceData.FotMobListingDate));

    private static readonly DateTimeOffset Midnight = new(2023, 9, 3, 0, 0, 0, TimeSpan.Zero);

    private static FixtureMatch? Find(string home, string away, double kickoffHour) =>
        FixtureMatcher.Default.Find(new FixtureQuery("ev-1", home, away, Midnight.AddHours(kickoffHour)), Sunday);

    [Theory]
    [InlineData("Arsenal", "Man Utd", 15.5, 4193490)]
    [InlineData("Arsenal FC", "Manchester United", 15.5, 4193490)]
    [InlineData("Crystal Palace", "Wolves", 13, 4193495)]
    [InlineData("Liverpool", "Aston Villa", 13, 4193496)]
    [InlineData("Eintracht Frankfurt", "FC Koln", 13.5, 4221742)]
    [InlineData("Lyon", "Paris Saint-Germain", 18.75, 4219286)]
    [InlineData("Olympique Lyon", "PSG", 18.75, 4219286)]
    [InlineData("Atlético Madrid", "Sevilla FC", 16.5, 4205374)]
    [InlineData("Tigres UANL", "Queretaro", 1.0833, 4188396)]
    [InlineData("Sporting KC", "St Louis City SC", 0.5, 4085021)]
    [InlineData("Hamarkameratene", "Bodo/Glimt", 17.25, 4077093)]
    [InlineData("Odd BK", "Sandefjord Fotball", 15, 4077095)]
    [InlineData("Rangers", "Celtic", 11, 4221024)]
    [InlineData("Velez Sarsfield", "CA River Plate", 0.5, 4270597)]
    [InlineData("Borussia Mönchengladbach II", "1. FC Köln II", 12, 4236351)]
    [InlineData("Birmingham City Women", "Crystal Palace Women", 14, 4312817)]
    public void Finds_the_match_a_bookmakers_names_mean(string home, string away, double kickoffHour, long matchId)
    {
        Find(home, away, kickoffHour).Should().NotBeNull().And.Match<FixtureMatch>(m => m.Candidate.MatchId == matchId);
    }

    /// <summary>The saved matches as FotMob names them, among the listing's: two Liverpool v Manchester United a year apart.</summary>
    private static readonly IReadOnlyList<FixtureCandidate> SavedAndSunday =
    [
        .. ReferenceData.FotMobMatchIds.Select(id => SavedMatches.Parse(id)).Select(match => new FixtureCandidate(
            match.FixtureId, match.Home.Name, null, match.Away.Name, null,
            // The 2020 payload carries no kickoff: Wolves v Man City kicked off at 19:15 UTC on 21 September 2020.
            match.Kickoff ?? new DateTimeOffset(2020, 9, 21, 19, 15, 0, TimeSpan.Zero), null, match.Status)),
        .. Sunday.Where(candidate => !ReferenceData.FotMobMatchIds.Contains(candidate.MatchId)),
    ];

    [Theory]
    [InlineData(SavedMatches.WolvesManCity2020, "Wolves", "Man City")]
    [InlineData(SavedMatches.ArsenalManUtd2023, "Arsenal FC", "Man United")]
    [InlineData(SavedMatches.LiverpoolManUtd2023, "Liverpool FC", "Manchester Utd")]
    [InlineData(SavedMatches.LiverpoolManUtd2025, "Liverpool", "Man Utd")]
    [InlineData(SavedMatches.MallorcaRealMadrid2024, "RCD Mallorca", "Real Madrid CF")]
    [InlineData(SavedMatches.BournemouthNewcastle2025, "Bournemouth", "Newcastle Utd")]
    [InlineData(SavedMatches.ArgentinaFrance2022, "Argentina", "France")]
    [InlineData(SavedMatches.FredrikstadSandefjordPreMatch, "Fredrikstad FK", "Sandefjord Fotball")]
    public void Finds_each_saved_match_by_the_names_a_bookmaker_uses_with_its_kickoff_an_hour_off(long matchId, string home, string away)
    {
        var saved = SavedAndSunday.Single(candidate => candidate.MatchId == matchId);

        var found = FixtureMatcher.Default.Find(new FixtureQuery("ev-1", home, away, saved.Kickoff.AddHours(1)), SavedAndSunday);

        found.Should().NotBeNull().And.Match<FixtureMatch>(m => m.Candidate.MatchId == matchId);
    }

    [Theory]
    [InlineData("Sunderland", "Man Utd", 13, "only the academy sides played: 4282298")]
    [InlineData("Birmingham", "Crystal Palace", 14, "only the women's sides played: 4312817")]
    [InlineData("Eintracht Frankfurt", "Mainz", 12, "only the reserve sides played: 4239580")]
    [InlineData("Liverpool", "Middlesbrough", 13, "only the academy sides played: 4282232")]
    [InlineData("Arsenal", "Chelsea", 15.5, "nobody played that")]
    [InlineData("Man Utd", "Arsenal", 15.5, "home and away are the other way round")]
    public void Finds_nothing_rather_than_another_teams_match(string home, string away, double kickoffHour, string why)
    {
        Find(home, away, kickoffHour).Should().BeNull(why);
    }

    [Fact]
    public void The_kickoff_may_be_two_days_off_but_no_more()
    {
        Find("Arsenal", "Man Utd", 15.5 + 48)!.Candidate.MatchId.Should().Be(4193490);
        Find("Arsenal", "Man Utd", 15.5 - 48)!.Candidate.MatchId.Should().Be(4193490);
        Find("Arsenal", "Man Utd", 15.5 + 48 + 0.02).Should().BeNull();
    }

    [Theory]
    [InlineData(21.25, "Atletico Nacional v Deportivo Pereira at 21:00 and Atletico Rafaela v Deportivo Madryn at 21:30")]
    [InlineData(21, "the same two at 21:00 and 21:30: half an hour tells two matches of one evening apart no better than the names")]
    public void Names_that_fit_two_matches_equally_resolve_nothing(double kickoffHour, string why)
    {
        Find("Atletico", "Deportivo", kickoffHour).Should().BeNull(why);
    }

    [Fact]
    public void Of_two_equally_named_matches_the_one_on_the_queried_day_wins()
    {
        var nextWeekend = Sunday.Single(c => c.MatchId == 4193490) with { MatchId = 99, Kickoff = Midnight.AddHours(15.5 + 36) };

        var found = FixtureMatcher.Default.Find(new FixtureQuery("ev-1", "Arsenal", "Man Utd", Midnight.AddHours(15.5)), [.. Sunday, nextWeekend]);

        found!.Candidate.MatchId.Should().Be(4193490);
    }
}

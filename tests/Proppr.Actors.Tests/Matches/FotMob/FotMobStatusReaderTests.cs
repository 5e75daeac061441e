using System.Text.Json;
using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Matches.FotMob;

public class FotMobStatusReaderTests
{
    private static readonly Lazy<JsonElement[]> ListingStatuses = new(() =>
    {
        using var listing = JsonDocument.Parse(File.ReadAllText(Path.Combine(ReferenceData.FotMobDirectory, "listing", "matches-20230903.json")));
        return [.. listing.RootElement.GetProperty("leagues").EnumerateArray()
            .SelectMany(league => league.GetProperty("matches").EnumerateArray())
            .Select(match => match.GetProperty("status").Clone())];
    });

    [Theory]
    [InlineData("PP", MatchStatus.Postponed, 5)]
    [InlineData("Can", MatchStatus.Cancelled, 1)]
    [InlineData("Ab", MatchStatus.Abandoned, 1)]
    [InlineData("FT", MatchStatus.Finished, 482)]
    public void Reads_the_real_statuses_of_a_day_listing_despite_finished_being_true(string reasonShort, MatchStatus expected, int matches)
    {
        var statuses = ListingStatuses.Value.Where(status => status.GetProperty("reason").GetProperty("short").GetString() == reasonShort).ToList();

        statuses.Should().HaveCount(matches);
        statuses.Select(FotMobStatusReader.Read).Should().AllBeEquivalentTo((expected, (MatchTime?)null));
    }

    [Theory]
    [InlineData("""{"started":true,"finished":false,"cancelled":false,"liveTime":{"short":"64'","long":"63:12"}}""", MatchStatus.Live, 64, 0)]
    [InlineData("""{"started":true,"finished":false,"cancelled":false,"liveTime":{"short":"45+2'"}}""", MatchStatus.Live, 45, 2)]
    [InlineData("""{"started":true,"finished":false,"cancelled":false,"liveTime":{"short":"90 + 4"}}""", MatchStatus.Live, 90, 4)]
    [InlineData("""{"started":true,"finished":false,"cancelled":false,"liveTime":{"short":"HT","shortKey":"halftime_short"}}""", MatchStatus.HalfTime, 45, 0)]
    [InlineData("""{"started":true,"finished":false,"cancelled":false,"reason":{"short":"HT"}}""", MatchStatus.HalfTime, 45, 0)]
    public void Reads_the_live_clock(string status, MatchStatus expected, int minute, int added)
    {
        FotMobStatusReader.Read(JsonDocument.Parse(status).RootElement).Should().Be((expected, new MatchTime(minute, added)));
    }

    [Theory]
    [InlineData("""{"started":true,"finished":false,"cancelled":false}""", MatchStatus.Live)]
    [InlineData("""{"started":false,"finished":false,"cancelled":false}""", MatchStatus.NotStarted)]
    [InlineData("""{"started":true,"finished":true,"cancelled":false,"reason":{"short":"AET","shortKey":"afterextratime_short","longKey":"afterextra"}}""", MatchStatus.Finished)]
    [InlineData("""{"started":true,"finished":true,"cancelled":false,"awarded":true,"reason":{"short":"AW","longKey":"awarded_win"}}""", MatchStatus.Finished)]
    [InlineData("""{"started":true,"finished":true,"cancelled":true}""", MatchStatus.Cancelled)]
    [InlineData("""{"started":true,"finished":false,"cancelled":false,"liveTime":{"short":"Ab","longKey":"aborted"}}""", MatchStatus.Abandoned)]
    [InlineData("""{}""", MatchStatus.NotStarted)]
    [InlineData("""{"started":"yes","reason":[],"liveTime":7}""", MatchStatus.NotStarted)]
    public void Reads_states_without_a_clock(string status, MatchStatus expected)
    {
        FotMobStatusReader.Read(JsonDocument.Parse(status).RootElement).Should().Be((expected, (MatchTime?)null));
    }

    [Fact]
    public void A_match_details_payload_with_a_postponed_status_is_postponed_with_no_score()
    {
        var postponed = ListingStatuses.Value.First(status => status.GetProperty("reason").GetProperty("short").GetString() == "PP");
        var payload = JsonNode.Parse(ReferenceData.ReadFotMob(SavedMatches.FredrikstadSandefjordPreMatch))!;
        payload["header"]!["status"] = JsonNode.Parse(postponed.GetRawText());

        var match = FotMobParser.Parse(payload.ToJsonString());

        match.Status.Should().Be(MatchStatus.Postponed);
        match.Status.IsCalledOff().Should().BeTrue();
        match.Score.Should().Be(Score.Nil);
        match.EndedPeriods.Should().BeEmpty();
    }
}

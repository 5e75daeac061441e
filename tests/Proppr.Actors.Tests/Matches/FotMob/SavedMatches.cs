using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>The saved FotMob payloads of <c>samples/fotmob</c>, parsed, and what the tests ask of them.</summary>
internal static class SavedMatches
{
    public const long WolvesManCity2020 = 3411368;
    public const long ArsenalManUtd2023 = 4193490;
    public const long LiverpoolManUtd2023 = 4193696;
    public const long MallorcaRealMadrid2024 = 4506747;
    public const long LiverpoolManUtd2025 = 4506508;
    public const long BournemouthNewcastle2025 = 4813415;
    public const long ArgentinaFrance2022 = 3370572;
    public const long FredrikstadSandefjordPreMatch = 5104961;

    public static MatchDetails Parse(long matchId) => FotMobParser.Parse(ReferenceData.ReadFotMob(matchId));

    public static TheoryData<long> AllIds() => new(ReferenceData.FotMobMatchIds);

    /// <summary>Every saved match that was played (all but the pre-match payload).</summary>
    public static TheoryData<long> PlayedIds() => new(ReferenceData.FotMobMatchIds.Where(id => id != FredrikstadSandefjordPreMatch));

    public static MatchPlayer Player(this MatchDetails match, long playerId) =>
        match.Lineup.Find(playerId) ?? throw new InvalidOperationException($"player {playerId} is not in the lineup");

    /// <summary>Asserts how many squad members of one side have each role.</summary>
    public static void ShouldHaveRoles(this MatchDetails match, Side side, int starters, int used, int unused, int unavailable = 0)
    {
        var expected = new Dictionary<PlayerRole, int>
        {
            [PlayerRole.Starter] = starters,
            [PlayerRole.SubstituteUsed] = used,
            [PlayerRole.SubstituteUnused] = unused,
            [PlayerRole.Unavailable] = unavailable,
        };
        match.Lineup.Players.Where(player => player.Side == side)
            .GroupBy(player => player.Role)
            .ToDictionary(group => group.Key, group => group.Count())
            .Should().BeEquivalentTo(expected.Where(role => role.Value > 0).ToDictionary(), $"that is the {side} squad");
    }
}

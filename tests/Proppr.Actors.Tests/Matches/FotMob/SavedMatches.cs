using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>The saved FotMob payloads of <c>../shared/fotmob</c>, parsed, and what the tests ask of them.</summary>
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

    public static MatchSnapshot Parse(long matchId) => FotMobParser.Parse(SharedData.ReadFotMob(matchId));

    public static TheoryData<long> AllIds() => new(SharedData.FotMobMatchIds);

    public static MatchPlayer Player(this MatchSnapshot match, long playerId) =>
        match.Lineup.Find(playerId) ?? throw new InvalidOperationException($"player {playerId} is not in the lineup");

    /// <summary>How many squad members of one side have each role.</summary>
    public static IReadOnlyDictionary<PlayerRole, int> Roles(this MatchSnapshot match, Side side) =>
        match.Lineup.Players.Where(player => player.Side == side).GroupBy(player => player.Role).ToDictionary(group => group.Key, group => group.Count());
}

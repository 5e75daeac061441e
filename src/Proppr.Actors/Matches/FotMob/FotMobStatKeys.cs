using System.Collections.Frozen;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// The FotMob stat names Proppr reads, for team rows and player stats alike: machine keys from 2023 on, display
/// titles in the 2020 shape (which has no keys). Spellings are FotMob's, typos included. Two stats have a preferred
/// key and a fallback (<see cref="Fallbacks"/>): shots on target are <c>ShotsOnTarget</c>, else the first number of
/// <c>shot_accuracy</c>; tackles are <c>tackles_succeeded</c> (tackles won), else <c>matchstats.headers.tackles</c>.
/// </summary>
internal static class FotMobStatKeys
{
    private static readonly FrozenDictionary<string, Stat> StatsByName = new Dictionary<string, Stat>
    {
        ["goals"] = Stat.Goals,
        ["assists"] = Stat.Assists,
        ["corners"] = Stat.Corners,
        ["yellow_cards"] = Stat.YellowCards,
        ["red_cards"] = Stat.RedCards,
        ["total_shots"] = Stat.Shots,
        ["ShotsOnTarget"] = Stat.ShotsOnTarget,
        // "0/3 (0%)", on target first: 2023 and some later payloads with no ShotsOnTarget key.
        ["shot_accuracy"] = Stat.ShotsOnTarget,
        ["fouls"] = Stat.Fouls,
        ["Offsides"] = Stat.Offsides,
        ["matchstats.headers.tackles"] = Stat.Tackles,
        // Tackles won, "13 (54%)" or "2/3 (67%)", where the payload has it.
        ["tackles_succeeded"] = Stat.Tackles,
        ["interceptions"] = Stat.Interceptions,
        ["accurate_passes"] = Stat.Passes,
        ["minutes_played"] = Stat.MinutesPlayed,
        ["expected_goals"] = Stat.ExpectedGoals,
        ["BallPossesion"] = Stat.Possession,
        ["keeper_saves"] = Stat.Saves,
        ["saves"] = Stat.Saves,
        ["expected_assists"] = Stat.ExpectedAssists,
        ["chances_created"] = Stat.KeyPasses,
        // "2/4 (50%)" or {value: 2, total: 4}: succeeded first.
        ["dribbles_succeeded"] = Stat.Dribbles,

        // The 2020 shape: titles only ("Offsides" is spelt as the key above).
        ["Goals"] = Stat.Goals,
        ["Assists"] = Stat.Assists,
        ["Corners"] = Stat.Corners,
        ["Total shots"] = Stat.Shots,
        ["Shots on target"] = Stat.ShotsOnTarget,
        ["Shot on target"] = Stat.ShotsOnTarget,
        ["Fouls"] = Stat.Fouls,
        ["Tackled succeeded"] = Stat.Tackles,
        ["Tackles succeeded"] = Stat.Tackles,
        ["Interceptions"] = Stat.Interceptions,
        ["Accurate passes"] = Stat.Passes,
        ["Minutes played"] = Stat.MinutesPlayed,
        ["Ball possesion"] = Stat.Possession,
        ["Saves"] = Stat.Saves,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Keys read only when the preferred key of the same stat is absent.</summary>
    private static readonly FrozenSet<string> Fallbacks = new[] { "shot_accuracy", "matchstats.headers.tackles" }.ToFrozenSet(StringComparer.Ordinal);

    public static Stat? Find(string? name) => name is not null && StatsByName.TryGetValue(name, out var stat) ? stat : null;

    public static bool IsFallback(string? name) => name is not null && Fallbacks.Contains(name);
}

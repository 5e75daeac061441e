using System.Collections.Immutable;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Reads <c>content.stats</c>: from 2023 a table per period under <c>Periods</c> (<c>All</c>, <c>FirstHalf</c>, ...),
/// in 2020 one whole-match table. A table is groups of rows <c>{key, title, stats:[home, away]}</c>; the same stat can
/// sit in two groups and moved between eras, so rows are found by key across groups and the first one wins (a
/// preferred key over a fallback, <see cref="FotMobStatPicks{T}"/>).
/// </summary>
internal static class FotMobTeamStatsReader
{
    public static TeamStats Read(FotMobPayload payload)
    {
        var stats = payload.Content?.Property("stats");
        if (stats?.Property("Periods") is not { ValueKind: JsonValueKind.Object } periods)
        {
            return stats is { } wholeMatch2020
                ? TeamStats.None with { All = Table(wholeMatch2020.Property("stats")) }
                : TeamStats.None;
        }
        var all = ImmutableDictionary<Stat, SidePair>.Empty;
        var byPeriod = ImmutableDictionary.CreateBuilder<MatchPeriod, ImmutableDictionary<Stat, SidePair>>();
        foreach (var period in periods.EnumerateObject())
        {
            if (period.Name == FotMobPeriodNames.WholeMatch)
            {
                all = Table(period.Value.Property("stats"));
            }
            else if (FotMobPeriodNames.Parse(period.Name) is { } split)
            {
                byPeriod[split] = Table(period.Value.Property("stats"));
            }
        }
        return new TeamStats(all, byPeriod.ToImmutable());
    }

    private static ImmutableDictionary<Stat, SidePair> Table(JsonElement? groups)
    {
        var table = new FotMobStatPicks<SidePair>();
        foreach (var row in groups.Items().SelectMany(group => group.Property("stats").Items()))
        {
            // Each group opens with a header row (type "title"); the passes header even has the key "passes".
            if (row.Property("type")?.AsText() != "title" && row.Property("stats").Items().ToArray() is [var home, var away])
            {
                // Half splits write null for zero, and the 2020 shape "-".
                table.Offer(row.Property("key")?.AsText() ?? row.Property("title")?.AsText(),
                    () => new SidePair(FotMobNumbers.Read(home) ?? 0m, FotMobNumbers.Read(away) ?? 0m));
            }
        }
        return table.ToImmutable();
    }
}

using System.Collections.Immutable;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Reads <c>content.lineup</c> in any era and joins the match events in: substitution times with added time, a bench
/// player who came on becomes <see cref="PlayerRole.SubstituteUsed"/>, and goals and assists are counted from events
/// where the stats leave them out (goalkeepers, live payloads). Cards stay with the rules, which weigh the events
/// against the lineup's booking markers.
/// </summary>
internal static class FotMobLineupReader
{
    /// <summary>FotMob's lineup type for the lineup actually named; a prediction is <c>lastStarting11</c>.</summary>
    private const string ConfirmedLineupType = "standard";

    public static Lineup Read(FotMobPayload payload, MatchStatus status, FotMobMatchEvents events)
    {
        if (payload.Content?.Property("lineup") is not { ValueKind: JsonValueKind.Object } lineup)
        {
            return Lineup.Unknown;
        }
        var entries = lineup.Property("homeTeam") is not null
            ? FotMobTeamSheetReader.Read(lineup, payload.Content?.Property("playerStats"))
            : FotMobLegacyLineupReader.Read(lineup);
        var players = entries.DistinctBy(entry => entry.Id).Select(entry => Player(entry, events)).ToImmutableArray();
        return new Lineup(IsConfirmed(lineup, status), players);
    }

    /// <summary>Before 2024 there is no lineup type; such a lineup is trusted once the match has started.</summary>
    private static bool IsConfirmed(JsonElement lineup, MatchStatus status) =>
        lineup.Property("lineupType")?.AsText() is { } type ? type == ConfirmedLineupType : status.HasStarted();

    private static MatchPlayer Player(FotMobSquadEntry entry, FotMobMatchEvents events)
    {
        var subbedOn = events.Substitutions.FirstOrDefault(sub => sub.PlayerOnId == entry.Id)?.Time ?? Minute(entry.SubbedOnMinute);
        var subbedOff = events.Substitutions.FirstOrDefault(sub => sub.PlayerOffId == entry.Id)?.Time ?? Minute(entry.SubbedOffMinute);
        var role = entry.ListedAs == PlayerRole.SubstituteUnused && subbedOn is not null ? PlayerRole.SubstituteUsed : entry.ListedAs;
        var stats = entry.Stats.ToBuilder();
        AddIfMissing(stats, Stat.Goals, events.Goals.Count(goal => goal.ScorerId == entry.Id && !goal.OwnGoal));
        AddIfMissing(stats, Stat.Assists, events.Goals.Count(goal => goal.AssistId == entry.Id));
        if (role is PlayerRole.SubstituteUnused or PlayerRole.Unavailable)
        {
            stats.TryAdd(Stat.MinutesPlayed, 0m);
        }
        return new MatchPlayer(entry.Id, entry.Name, entry.Side, role, subbedOn, subbedOff, stats.ToImmutable(), entry.Marks);
    }

    private static MatchTime? Minute(int? minute) => minute is { } value ? new MatchTime(value) : null;

    /// <summary>A count from events fills a stat the provider left out; zero stays absent, which reads as zero.</summary>
    private static void AddIfMissing(ImmutableDictionary<Stat, decimal>.Builder stats, Stat stat, int count)
    {
        if (count > 0)
        {
            stats.TryAdd(stat, count);
        }
    }
}

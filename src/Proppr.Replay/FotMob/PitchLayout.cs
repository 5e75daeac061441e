using System.Globalization;
using Proppr.Replay.Generation;

namespace Proppr.Replay.FotMob;

/// <summary>Where each starter stands in the lineup graphic, and FotMob's position id for that place.</summary>
internal sealed record PitchPlace(double Line, double Across, int PositionId);

internal static class PitchLayout
{
    /// <summary>Starters' places: the keeper, then each line of the formation spread across the width.</summary>
    public static IReadOnlyDictionary<long, PitchPlace> Of(SyntheticTeam team)
    {
        var lines = team.Formation.Split('-').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToList();
        var ordered = team.Starters.OrderBy(p => p.Position).ToList();
        var places = new Dictionary<long, PitchPlace> { [ordered[0].Id] = new(0.1, 0.5, 11) };
        var index = 1;
        for (var line = 0; line < lines.Count; line++)
        {
            var depth = Math.Round(0.3 + (0.57 * line / Math.Max(1, lines.Count - 1)), 2);
            for (var slot = 0; slot < lines[line] && index < ordered.Count; slot++, index++)
            {
                var across = Math.Round((slot + 1.0) / (lines[line] + 1), 3);
                places[ordered[index].Id] = new PitchPlace(depth, across, PositionId(ordered[index], across));
            }
        }
        return places;
    }

    /// <summary>The captain: the most experienced outfield starter.</summary>
    public static long Captain(SyntheticTeam team) =>
        team.Starters.Where(p => !p.IsGoalkeeper).OrderByDescending(p => p.Age).ThenBy(p => p.Id).First().Id;

    /// <summary>FotMob's position ids: 11 for the keeper, then a band per line with the slot across the pitch.</summary>
    private static int PositionId(SquadPlayer player, double across) => player.Position switch
    {
        Position.Defender => 32 + (int)(across * 6),
        Position.Midfielder => 64 + (int)(across * 8),
        _ => 103 + (int)(across * 8),
    };
}

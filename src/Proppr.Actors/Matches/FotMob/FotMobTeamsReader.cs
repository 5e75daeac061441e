using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>Reads <c>header.teams</c>: home first, then away.</summary>
internal static class FotMobTeamsReader
{
    public static FotMobTeams Read(FotMobPayload payload)
    {
        if (payload.Header.Property("teams") is not { ValueKind: JsonValueKind.Array } teams || teams.GetArrayLength() < 2)
        {
            throw new FotMobFormatException("header.teams missing (expected [home, away])");
        }
        var home = teams[0];
        var away = teams[1];
        return new FotMobTeams(Team(home, "header.teams[0]"), Team(away, "header.teams[1]"), new Score(Goals(home), Goals(away)));
    }

    private static TeamRef Team(JsonElement team, string path)
    {
        var name = team.Property("name")?.AsText() ?? throw new FotMobFormatException($"{path}.name missing");
        // The 2020 shape has no id, only a page path: /teams/8602/overview/wolverhampton-wanderers.
        var id = team.Property("id")?.AsInt64() ?? FotMobIds.FromUrl(team.Property("pageUrl")?.AsText(), "teams");
        return new TeamRef(id, name);
    }

    private static int Goals(JsonElement team) => team.Property("score")?.AsInt32() ?? 0;
}

using System.Text.Json.Nodes;
using MongoDB.Bson;
using static Proppr.Cli.V1.ExtendedJsonValues;

namespace Proppr.Cli.V1;

/// <summary>
/// Translates the old <c>player_mappings_fm</c> documents (one Extended JSON object a line) into Proppr's player
/// mappings: the odds provider's player id (<c>odds_player_id</c>, or <c>odds_api_player_id</c>) names the FotMob
/// player (<c>fotmob_player_id</c>, or <c>fotmob_id</c>); the name (<c>player_name</c>, <c>fotmob_name</c> or
/// <c>name</c>) comes along for the operator.
/// </summary>
public static class V1PlayerMappingTranslator
{
    public static V1PlayerMapping Translate(int line, string text)
    {
        if (Document(text, out var problem) is not { } document)
        {
            return new V1PlayerMapping(line, null, problem);
        }
        if (Text(document.First("odds_player_id", "odds_api_player_id")) is not { } oddsId)
        {
            return new V1PlayerMapping(line, null, "no odds_player_id");
        }
        if (Whole(document.First("fotmob_player_id", "fotmob_id")) is not (> 0 and var fotMobId))
        {
            return new V1PlayerMapping(line, null, "no fotmob_player_id");
        }
        var mapping = new JsonObject
        {
            ["odds_player_id"] = oddsId,
            ["fotmob_player_id"] = fotMobId,
            ["player_name"] = Text(document.First("player_name", "fotmob_name", "name")),
        };
        return new V1PlayerMapping(line, mapping, null);
    }
}

using MongoDB.Bson;
using static Proppr.Cli.V1.ExtendedJsonValues;

namespace Proppr.Cli.V1;

/// <summary>
/// Translates the old fixture-mapping documents (<c>team_fixture_mappings_fm</c>, <c>fixture_mappings_fm</c>, one
/// Extended JSON object a line) into Proppr's mappings: each id the old grader looked a match up by
/// (<c>odds_fixture_id</c>, <c>projection_fixture_id</c>) names the document's <c>fotmob_fixture_id</c>.
/// </summary>
public static class V1MappingTranslator
{
    public static V1Mappings Translate(int line, string text)
    {
        if (Document(text, out var problem) is not { } document)
        {
            return new V1Mappings(line, [], problem);
        }
        if (Whole(document.At("fotmob_fixture_id")) is not (> 0 and var fixtureId))
        {
            return new V1Mappings(line, [], "no fotmob_fixture_id");
        }
        var externalIds = new[] { "odds_fixture_id", "projection_fixture_id" }
            .Select(name => Text(document.At(name))).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return externalIds.Count == 0
            ? new V1Mappings(line, [], "no odds_fixture_id or projection_fixture_id")
            : new V1Mappings(line, [.. externalIds.Select(id => (id, fixtureId))], null);
    }
}

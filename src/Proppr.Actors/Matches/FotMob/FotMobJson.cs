using System.Text.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>Opens a FotMob body as JSON, turning every way it can fail to be what was asked for into a <see cref="FotMobFormatException"/>.</summary>
internal static class FotMobJson
{
    /// <param name="what">The body as the message names it: "the payload", "the listing".</param>
    public static JsonDocument Open(Func<JsonDocument> parse, string what)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw new FotMobFormatException($"{what} is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>The element, which must be a JSON object.</summary>
    public static JsonElement RequireObject(JsonElement element, string what) => element.ValueKind == JsonValueKind.Object
        ? element
        : throw new FotMobFormatException($"{what} is a JSON {element.ValueKind.ToString().ToLowerInvariant()}, not an object");
}

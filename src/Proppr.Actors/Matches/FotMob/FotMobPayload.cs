using System.Collections.Immutable;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// One match-details object, taken out of its <c>pageProps</c> wrapper when it has one (the Next.js data route),
/// with the parts every reader shares. Checks only what every match has: <c>header</c> and <c>header.status</c>.
/// </summary>
internal sealed class FotMobPayload
{
    private FotMobPayload(JsonElement root, JsonElement header, JsonElement status)
    {
        Root = root;
        Header = header;
        Status = status;
        // FotMob lists events in clock order already; sorting (stably) protects the running score of goals.
        Events = [.. root.Path("content", "matchFacts", "events", "events").Items()
            .OrderBy(e => FotMobEvent.Time(e) ?? default)];
    }

    public JsonElement Root { get; }
    public JsonElement Header { get; }
    public JsonElement Status { get; }
    public JsonElement? General => Root.Property("general");
    public JsonElement? Content => Root.Property("content");

    /// <summary>The match events in clock order. Shoot-out kicks are in <see cref="ShootoutKicks"/>.</summary>
    public ImmutableArray<JsonElement> Events { get; }

    public IEnumerable<JsonElement> ShootoutKicks =>
        Root.Path("content", "matchFacts", "events", "penaltyShootoutEvents").Items();

    public IEnumerable<JsonElement> EventsOfType(string type) => Events.Where(e => FotMobEvent.Type(e) == type);

    /// <summary>Reads the events of one type that say when and for which side; the rest, and those <paramref name="read"/> rejects, are skipped.</summary>
    public ImmutableArray<T> ReadEvents<T>(string type, Func<JsonElement, MatchTime, Side, T?> read)
        where T : class =>
        [.. EventsOfType(type)
            .Select(e => FotMobEvent.Time(e) is { } time && FotMobEvent.SideOf(e) is { } side ? read(e, time, side) : null)
            .OfType<T>()];

    public static FotMobPayload From(JsonElement document)
    {
        FotMobJson.RequireObject(document, "the payload");
        var root = document.Property("pageProps") is { ValueKind: JsonValueKind.Object } wrapped ? wrapped : document;
        var header = RequiredObject(root, "header", "header");
        return new FotMobPayload(root, header, RequiredObject(header, "status", "header.status"));
    }

    private static JsonElement RequiredObject(JsonElement parent, string name, string path) => parent.Property(name) switch
    {
        { ValueKind: JsonValueKind.Object } found => found,
        null => throw new FotMobFormatException($"{path} missing"),
        { } other => throw new FotMobFormatException($"{path} is a JSON {other.ValueKind.ToString().ToLowerInvariant()}, not an object"),
    };
}

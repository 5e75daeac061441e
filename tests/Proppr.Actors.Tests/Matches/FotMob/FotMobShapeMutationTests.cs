using System.Text.Json.Nodes;
using Proppr.Actors.Matches.FotMob;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>
/// Replaces each part of a real payload the parser reads, one at a time, with a value of the wrong shape: the parser
/// must still return a snapshot or throw <see cref="FotMobFormatException"/>, never anything else. The payload is cut
/// down first (a few items of each list, one event of each type) so that thousands of variants parse in seconds.
/// </summary>
public class FotMobShapeMutationTests
{
    private const int ItemsKept = 2;

    private static readonly string[] ContentRead = ["matchFacts", "stats", "lineup", "playerStats", "shotmap"];

    private static readonly Func<JsonNode?>[] OddValues = [() => null, () => "x", () => -1, () => new JsonArray(), () => new JsonObject()];

    /// <summary>One payload of each shape era, and the pre-match one.</summary>
    public static TheoryData<long> MatchIds => new(
        SavedMatches.WolvesManCity2020, SavedMatches.ArsenalManUtd2023, SavedMatches.LiverpoolManUtd2025,
        SavedMatches.ArgentinaFrance2022, SavedMatches.FredrikstadSandefjordPreMatch);

    [Theory]
    [MemberData(nameof(MatchIds))]
    public void Any_part_in_an_odd_shape_gives_a_snapshot_or_a_format_error(long matchId)
    {
        var root = CutDown(JsonNode.Parse(ReferenceData.ReadFotMob(matchId))!.AsObject());
        FotMobParser.Parse(root.ToJsonString()).FixtureId.Should().Be(matchId, "the cut-down payload still parses");
        var failures = new List<string>();
        foreach (var (parent, key, path) in Below(root, "").ToList())
        {
            var original = Detach(parent, key);
            foreach (var odd in OddValues)
            {
                Attach(parent, key, odd());
                try
                {
                    FotMobParser.Parse(root.ToJsonString());
                }
                catch (FotMobFormatException)
                {
                }
                catch (Exception e)
                {
                    failures.Add($"{path} = {At(parent, key)?.ToJsonString() ?? "null"}: {e.GetType().Name} {e.Message}");
                }
                Detach(parent, key);
            }
            Attach(parent, key, original);
        }

        failures.Should().BeEmpty();
    }

    /// <summary>Only the parts the parser reads, with a few items of each list and one event of each type.</summary>
    private static JsonObject CutDown(JsonObject payload)
    {
        var root = payload["pageProps"] as JsonObject ?? payload;
        var content = root["content"]!.AsObject();
        var events = content["matchFacts"]!["events"]!.AsObject();
        var eventList = events["events"]!.AsArray();
        var oneOfEachType = eventList.OfType<JsonObject>().DistinctBy(e => (string?)e["type"]).Select(e => e.DeepClone()).ToArray();
        events["events"] = new JsonArray(oneOfEachType);
        foreach (var name in content.Select(entry => entry.Key).Except(ContentRead).ToList())
        {
            content.Remove(name);
        }
        // Per-period copies of the shots and the goal summary in the header are never read.
        (content["shotmap"] as JsonObject)?.Remove("Periods");
        var header = root["header"]!.DeepClone().AsObject();
        header.Remove("events");
        Trim(content);
        return new JsonObject
        {
            ["general"] = root["general"]?.DeepClone(),
            ["header"] = header,
            ["content"] = content.DeepClone(),
        };
    }

    /// <summary>Keeps the first few items of every list, of every map keyed by player id and of every map of player stats.</summary>
    private static void Trim(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray list:
                while (list.Count > ItemsKept)
                {
                    list.RemoveAt(list.Count - 1);
                }
                foreach (var item in list)
                {
                    Trim(item);
                }
                break;
            case JsonObject map:
                if (map.Count > ItemsKept && map.All(entry => entry.Key.All(char.IsAsciiDigit) || entry.Value is JsonObject stat && stat.ContainsKey("key")))
                {
                    foreach (var extra in map.Skip(ItemsKept).Select(entry => entry.Key).ToList())
                    {
                        map.Remove(extra);
                    }
                }
                foreach (var (_, child) in map)
                {
                    Trim(child);
                }
                break;
        }
    }

    /// <summary>Every place below a node: each property, and the first item of each list.</summary>
    private static IEnumerable<(JsonNode Parent, object Key, string Path)> Below(JsonNode node, string path)
    {
        var children = node switch
        {
            JsonObject map => map.Select(entry => ((object)entry.Key, $"{path}.{entry.Key}")).ToList(),
            JsonArray { Count: > 0 } => [((object)0, $"{path}[0]")],
            _ => [],
        };
        foreach (var (key, childPath) in children)
        {
            yield return (node, key, childPath);
            if (At(node, key) is { } child)
            {
                foreach (var place in Below(child, childPath))
                {
                    yield return place;
                }
            }
        }
    }

    private static JsonNode? At(JsonNode parent, object key) => key is string name ? parent[name] : parent[(int)key];

    private static JsonNode? Detach(JsonNode parent, object key)
    {
        var node = At(parent, key);
        Attach(parent, key, null);
        return node;
    }

    private static void Attach(JsonNode parent, object key, JsonNode? value)
    {
        if (key is string name)
        {
            parent[name] = value;
        }
        else
        {
            parent[(int)key] = value;
        }
    }
}

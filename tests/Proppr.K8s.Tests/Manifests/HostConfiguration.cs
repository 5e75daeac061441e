using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches.FotMob;
using Proppr.Node;
using Proppr.Node.Configuration;
using Proppr.TestSupport;

namespace Proppr.K8s.Tests.Manifests;

/// <summary>
/// The configuration a host reads: the sections it binds to a type (as in <c>NodeHost</c> and <c>LighthouseHost</c>),
/// and the keys its <c>appsettings.json</c> declares (ASP.NET's <c>Urls</c>, logging, and sections not bound yet).
/// Settings from the environment are checked by binding them the way the host does, with unknown keys as errors, so a
/// misspelt key or a value of the wrong type is caught as well as a key nobody reads.
/// </summary>
public sealed class HostConfiguration
{
    public static readonly HostConfiguration Node = new("Proppr.Node", new Dictionary<string, Type>
    {
        ["Cluster"] = typeof(ClusterNodeOptions),
        ["Database"] = typeof(DatabaseSettings),
        ["FotMob"] = typeof(FotMobClientOptions),
        ["Fixtures"] = typeof(FixtureSettings),
    });

    public static readonly HostConfiguration Lighthouse = new("Proppr.Lighthouse", new Dictionary<string, Type>
    {
        ["Cluster"] = typeof(ClusterNodeOptions),
    });

    private readonly IReadOnlyDictionary<string, Type> _boundSections;
    private readonly IReadOnlySet<string> _declaredKeys;

    private HostConfiguration(string project, IReadOnlyDictionary<string, Type> boundSections)
    {
        _boundSections = boundSections;
        var appSettings = JsonNode.Parse(File.ReadAllText(Path.Combine(ReferenceData.RepositoryRoot, "src", project, "appsettings.json")))!;
        _declaredKeys = LeafPaths(appSettings, "").ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Why each environment variable the host would not read (or could not bind) is wrong; empty when all are read.</summary>
    public IReadOnlyList<string> Problems(IReadOnlyDictionary<string, string> environment)
    {
        var settings = environment.ToDictionary(variable => variable.Key.Replace("__", ":", StringComparison.Ordinal), variable => (string?)variable.Value);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var problems = new List<string>();
        foreach (var section in configuration.GetChildren())
        {
            if (_boundSections.TryGetValue(section.Key, out var type))
            {
                try
                {
                    section.Get(type, binder => binder.ErrorOnUnknownConfiguration = true);
                }
                catch (InvalidOperationException e)
                {
                    problems.Add($"{section.Key}: {e.Message}");
                }
            }
            else
            {
                problems.AddRange(settings.Keys
                    .Where(key => key.Split(':')[0] == section.Key && !_declaredKeys.Contains(WithoutIndexes(key)))
                    .Select(key => $"{key}: no section or declared key of the host"));
            }
        }
        return problems;
    }

    private static IEnumerable<string> LeafPaths(JsonNode node, string prefix) => node switch
    {
        JsonObject map => map.SelectMany(entry => entry.Value is null ? [prefix + entry.Key] : LeafPaths(entry.Value, prefix + entry.Key + ":")),
        _ => [prefix.TrimEnd(':')],
    };

    /// <summary><c>Cluster:SeedNodes:0</c> is an item of the declared <c>Cluster:SeedNodes</c>.</summary>
    private static string WithoutIndexes(string key) => string.Join(':', key.Split(':').Where(part => !part.All(char.IsAsciiDigit)));
}

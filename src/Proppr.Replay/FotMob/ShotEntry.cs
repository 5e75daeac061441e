using System.Text.Json.Nodes;
using Proppr.Replay.Generation;

namespace Proppr.Replay.FotMob;

/// <summary>One shot-map entry and the fact it draws (a <see cref="GoalFact"/> or a <see cref="ShotFact"/>).</summary>
internal sealed record ShotEntry(IMatchFact Fact, long PlayerId, JsonObject Json)
{
    /// <summary>A fresh copy: a JSON node can sit in one place of a document only, and a shot sits in several.</summary>
    public JsonObject Copy() => (JsonObject)Json.DeepClone();
}

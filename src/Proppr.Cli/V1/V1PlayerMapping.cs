using System.Text.Json.Nodes;

namespace Proppr.Cli.V1;

/// <summary>One line of an old player-mapping export: the mapping as <c>POST /api/manage/player-mappings</c> takes it, or why none.</summary>
public sealed record V1PlayerMapping(int Line, JsonObject? Mapping, string? Problem);

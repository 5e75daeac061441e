namespace Proppr.Cli.V1;

/// <summary>One line of an old mapping export: the (external id, FotMob fixture id) pairs it gives, or why none.</summary>
public sealed record V1Mappings(int Line, IReadOnlyList<(string ExternalId, long FixtureId)> Pairs, string? Problem);

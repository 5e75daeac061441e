namespace Proppr.Actors.Matches;

/// <summary>A team as the provider names it. The 2020 FotMob shape carries no team id.</summary>
public sealed record TeamRef(long? Id, string Name);

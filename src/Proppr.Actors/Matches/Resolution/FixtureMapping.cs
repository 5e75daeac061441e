namespace Proppr.Actors.Matches.Resolution;

/// <summary>
/// Another provider's match id and the FotMob match it means. <see cref="Score"/> is how alike the team names were
/// when a search found it; null when an operator or a feed said so directly.
/// </summary>
public sealed record FixtureMapping(string ExternalId, long FixtureId, double? Score, DateTimeOffset ResolvedAt);

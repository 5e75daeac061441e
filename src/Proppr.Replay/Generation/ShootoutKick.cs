using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>One kick of a penalty shoot-out.</summary>
public sealed record ShootoutKick(Side Side, long PlayerId, string Name, bool Scored);

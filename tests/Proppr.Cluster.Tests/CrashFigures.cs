namespace Proppr.Cluster.Tests;

/// <summary>
/// A node SIGKILLed: what it hosted, how long until it was downed and its fixtures settled again, and the longest a
/// bet sent before it was downed waited for its confirmation.
/// </summary>
public sealed record CrashFigures(
    int OrphanedFixtures, int OrphanSettlements, TimeSpan KillToDowned, TimeSpan KillToLastOrphanSettlement, TimeSpan LongestBetWait);

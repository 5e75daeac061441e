namespace Proppr.Actors.RateLimiting;

/// <summary>Who goes first when a quota runs low: live fixtures before pre-match look-ups and housekeeping.</summary>
public enum PermitPriority
{
    Live,
    Normal,
    Background,
}

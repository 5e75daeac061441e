namespace Proppr.Actors.Odds.Client;

/// <summary>
/// How to bring the books up to date over REST: a full sync (<see cref="Since"/> null: list the events, then
/// <c>/odds/multi</c> ten at a time) or a gap fill (<c>/odds/updated</c> since <see cref="Since"/>, one call per
/// bookmaker and sport).
/// </summary>
public sealed record SyncPlan(DateTimeOffset? Since)
{
    public const int EventsPerMultiCall = 10;

    public static readonly SyncPlan Full = new((DateTimeOffset?)null);

    public bool IsGapFill => Since is not null;

    /// <summary>
    /// A gap fill when the books were last complete within <see cref="OddsFeedOptions.GapFillWindow"/> and it takes no
    /// more calls than a full sync of the <paramref name="knownEvents"/>; a full sync otherwise. A gap fill cannot
    /// see events deleted in the gap: their prices stay until the next frame or sync says otherwise.
    /// </summary>
    public static SyncPlan For(DateTimeOffset? syncedAt, DateTimeOffset now, OddsFeedOptions options, int knownEvents)
    {
        if (syncedAt is not { } since || now - since > options.GapFillWindow)
        {
            return Full;
        }
        var gapFillCalls = options.Odds.Bookmakers.Count * Math.Max(1, options.Sports.Count);
        var listingCalls = options.EventIds.Count > 0 ? 0 : Math.Max(1, options.Sports.Count) * Math.Max(1, options.Leagues.Count);
        var fullCalls = listingCalls + ((knownEvents + EventsPerMultiCall - 1) / EventsPerMultiCall);
        return gapFillCalls <= fullCalls ? new SyncPlan(since) : Full;
    }
}

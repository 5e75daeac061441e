namespace Proppr.Actors.Fixtures;

/// <summary>
/// Where one <see cref="BetChange"/> sits in the whole journal: its event's journal offset (the ordering column) and
/// its index among the event's <see cref="IBetEvent.Changes"/>, in one number that sorts in journal order:
/// <c>offset × ChangesPerEvent + index</c>. The read model keys settlements by it and the live stream uses it as the
/// event id a client resumes from; an event of one change (the per-bet events of older journals) has index 0.
/// Stays below 2^53 (exact in a JavaScript number) up to journal offset 9 × 10^9.
/// </summary>
public static class JournalPosition
{
    /// <summary>The most changes one event may carry; a fixture splits a larger round over several events.</summary>
    public const int ChangesPerEvent = 1_000_000;

    public static long Of(long offset, int index) => offset * ChangesPerEvent + index;

    /// <summary>The journal offset of the event that holds the change at <paramref name="position"/>.</summary>
    public static long OffsetOf(long position) => position / ChangesPerEvent;
}

namespace Proppr.Replay.Generation;

/// <summary>Increasing ids with random gaps, so they look like a provider's ids yet stay unique and reproducible.</summary>
internal sealed class IdSequence(Random random, long start, int maxGap)
{
    private long _next = start;

    public long Next()
    {
        _next += random.Next(1, maxGap + 1);
        return _next;
    }
}

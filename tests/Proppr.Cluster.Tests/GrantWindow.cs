namespace Proppr.Cluster.Tests;

/// <summary>
/// Checks a limiter's grants against its policy after the fact: the most grants that fell within any one window,
/// counted the way the limiter counts (a grant at t sees those after t − window).
/// </summary>
public static class GrantWindow
{
    public static int MostWithin(IEnumerable<DateTimeOffset> grants, TimeSpan window)
    {
        var sorted = grants.Order().ToArray();
        var most = 0;
        var oldest = 0;
        for (var newest = 0; newest < sorted.Length; newest++)
        {
            while (sorted[newest] - sorted[oldest] >= window)
            {
                oldest++;
            }
            most = Math.Max(most, newest - oldest + 1);
        }
        return most;
    }
}

namespace Proppr.Cluster.Tests;

public class GrantWindowTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Counts_the_grants_a_limiter_would_see_in_its_window_at_each_grant()
    {
        var grants = new[] { 0, 100, 900, 999, 1000, 1500, 1999 }.Select(ms => Start.AddMilliseconds(ms));

        // At 999 ms four grants are within the second; at 1000 ms the one at 0 has left it.
        GrantWindow.MostWithin(grants, TimeSpan.FromSeconds(1)).Should().Be(4);
    }

    [Fact]
    public void Order_does_not_matter_and_no_grants_is_none()
    {
        GrantWindow.MostWithin([Start.AddSeconds(5), Start, Start.AddMilliseconds(10)], TimeSpan.FromSeconds(1)).Should().Be(2);
        GrantWindow.MostWithin([], TimeSpan.FromSeconds(1)).Should().Be(0);
    }
}

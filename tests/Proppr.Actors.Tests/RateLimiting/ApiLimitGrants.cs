using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Tests.RateLimiting;

internal static class ApiLimitGrants
{
    /// <summary>Grants (and applies) permits at <paramref name="now"/> until the limit says wait; returns how many.</summary>
    public static int GrantWhilePossible(this IApiLimit limit, string api, DateTimeOffset now, PermitPriority priority)
    {
        var granted = 0;
        while (limit.Decide(now, priority).Granted)
        {
            limit.Apply(new PermitGranted(api, now));
            granted++;
        }
        return granted;
    }
}

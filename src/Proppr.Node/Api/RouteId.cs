using System.Globalization;

namespace Proppr.Node.Api;

/// <summary>FotMob ids in a route (fixtures, teams, players): positive integers, digits only.</summary>
public static class RouteId
{
    public static long? Positive(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}

using System.Collections.Immutable;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>Reads the <c>Substitution</c> events: <c>swap[0]</c> comes on, <c>swap[1]</c> goes off.</summary>
internal static class FotMobSubstitutionReader
{
    public static ImmutableArray<SubstitutionEvent> Read(FotMobPayload payload) =>
        payload.ReadEvents("Substitution", (e, time, side) => e.Property("swap").Items().ToArray() is [var on, var off]
            ? new SubstitutionEvent(time, side, FotMobIds.OfPerson(on), FotMobIds.OfPerson(off))
            : null);
}

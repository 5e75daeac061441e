using System.Collections.Immutable;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>Reads the <c>Substitution</c> events: <c>swap[0]</c> comes on, <c>swap[1]</c> goes off.</summary>
internal static class FotMobSubstitutionReader
{
    public static ImmutableArray<SubstitutionEvent> Read(FotMobPayload payload)
    {
        var substitutions = ImmutableArray.CreateBuilder<SubstitutionEvent>();
        foreach (var e in payload.EventsOfType("Substitution"))
        {
            if (FotMobEvent.Time(e) is { } time && FotMobEvent.SideOf(e) is { } side &&
                e.Property("swap").Items().ToArray() is [var on, var off])
            {
                substitutions.Add(new SubstitutionEvent(time, side, FotMobIds.OfPerson(on), FotMobIds.OfPerson(off)));
            }
        }
        return substitutions.ToImmutable();
    }
}

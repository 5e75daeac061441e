using System.Collections.Immutable;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>The goals, cards and substitutions of the event stream, read once and shared by the lineup.</summary>
internal sealed record FotMobMatchEvents(
    ImmutableArray<GoalEvent> Goals,
    ImmutableArray<CardEvent> Cards,
    ImmutableArray<SubstitutionEvent> Substitutions)
{
    public static FotMobMatchEvents Read(FotMobPayload payload) => new(
        FotMobGoalReader.Read(payload),
        FotMobCardReader.Read(payload),
        FotMobSubstitutionReader.Read(payload));
}

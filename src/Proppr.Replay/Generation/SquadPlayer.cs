namespace Proppr.Replay.Generation;

/// <summary>A made-up squad member with FotMob-style identity (integer id, shirt number written as a string later).</summary>
public sealed record SquadPlayer(
    long Id,
    string FirstName,
    string LastName,
    int ShirtNumber,
    Position Position,
    SquadRole Role,
    int Age,
    string CountryName,
    string CountryCode,
    PlayerRates Rates)
{
    public string Name => $"{FirstName} {LastName}";

    public bool IsGoalkeeper => Position == Position.Goalkeeper;
}

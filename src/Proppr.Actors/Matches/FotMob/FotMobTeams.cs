namespace Proppr.Actors.Matches.FotMob;

/// <summary>Both teams and the score in <c>header.teams</c> (extra time included, shoot-out excluded).</summary>
internal sealed record FotMobTeams(TeamRef Home, TeamRef Away, Score Score)
{
    /// <summary>Which side a FotMob team id belongs to; null when unknown (the 2020 shape has no team ids in the header).</summary>
    public Side? SideOf(long? teamId) =>
        teamId is null ? null
        : teamId == Home.Id ? Side.Home
        : teamId == Away.Id ? Side.Away
        : null;
}

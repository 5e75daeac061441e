namespace Proppr.Actors.Matches.Resolution;

/// <summary>Where candidate matches come from (FotMob's day listings), searched around a kickoff.</summary>
public interface IFixtureSearch
{
    /// <summary>Matches kicking off between <paramref name="from"/> and <paramref name="to"/>; throws when the source fails.</summary>
    Task<IReadOnlyList<FixtureCandidate>> SearchAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

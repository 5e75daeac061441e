namespace Proppr.Actors.Matches.Resolution;

public sealed record FixtureResolverSettings
{
    public static readonly FixtureResolverSettings Default = new();

    /// <summary>How far from the given kickoff a FotMob match may start and still be the one meant.</summary>
    public TimeSpan KickoffWindow { get; init; } = TimeSpan.FromDays(2);

    /// <summary>Retry an unmatched query after a minute, then two, four... up to an hour; it is never dropped.</summary>
    public RetryBackoff Backoff { get; init; } = new(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));

    /// <summary>How often the resolver looks for due searches and undelivered bets.</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Snapshot the outstanding work after this many events, and drop the events before it.</summary>
    public int SnapshotEvery { get; init; } = 200;

    /// <summary>How long a fixture may take to acknowledge bets handed to it.</summary>
    public TimeSpan DeliveryTimeout { get; init; } = TimeSpan.FromSeconds(10);
}

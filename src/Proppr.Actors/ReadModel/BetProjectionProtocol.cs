using Proppr.Actors.Serialization;

namespace Proppr.Actors.ReadModel;

/// <summary>Ask the projection how far it has applied the journal; answered with <see cref="ProjectionProgress"/>.</summary>
public sealed record GetProjectionProgress : IPropprMessage
{
    public static readonly GetProjectionProgress Instance = new();
}

/// <summary>The journal offset of the last bet event the read model holds (0 before the first, and right after a rebuild).</summary>
public sealed record ProjectionProgress(long Offset) : IPropprMessage;

/// <summary>
/// Drop the read model and replay the journal from its start. Answered with <see cref="ReadModelRebuildStarted"/> once
/// the tables are empty and the replay runs, or <see cref="ReadModelRebuildFailed"/>.
/// </summary>
public sealed record RebuildReadModel : IPropprMessage
{
    public static readonly RebuildReadModel Instance = new();
}

public sealed record ReadModelRebuildStarted : IPropprMessage
{
    public static readonly ReadModelRebuildStarted Instance = new();
}

/// <summary>The tables could not be reset; the projection carries on from where it was.</summary>
public sealed record ReadModelRebuildFailed(string Error) : IPropprMessage;

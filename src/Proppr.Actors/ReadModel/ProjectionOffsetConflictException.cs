namespace Proppr.Actors.ReadModel;

/// <summary>
/// The stored offset is not where this reader of the journal left it: the read model was rebuilt under it, or a
/// second projection instance (a singleton hand-over) moved it. The reader must start again from the stored offset.
/// </summary>
public sealed class ProjectionOffsetConflictException(long expected, long stored, long offset)
    : Exception($"Expected the read model at offset {expected} to apply offset {offset}, found it at {stored}")
{
    public long Stored { get; } = stored;
}

namespace Proppr.Node.Demo;

/// <summary>
/// Real time that stands still until <see cref="Release"/>: the replayed day is set up before the node starts, and
/// only begins to run once the node is ready, so a slow start does not eat into the time before the first kickoff.
/// </summary>
public sealed class HeldTime : TimeProvider
{
    private readonly DateTimeOffset _heldAt = System.GetUtcNow();
    private TimeSpan? _offset;

    public override DateTimeOffset GetUtcNow() => _offset is { } offset ? System.GetUtcNow() - offset : _heldAt;

    public void Release() => _offset ??= System.GetUtcNow() - _heldAt;
}

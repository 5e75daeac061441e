namespace Proppr.Actors.Matches;

/// <summary>
/// A fixture fetched a changed snapshot of its match: published on the local event stream for whoever keeps derived
/// facts (the stats pipeline's forwarder). Never leaves the node.
/// </summary>
public sealed record MatchSnapshotPublished(MatchSnapshot Snapshot) : Akka.Actor.INoSerializationVerificationNeeded;

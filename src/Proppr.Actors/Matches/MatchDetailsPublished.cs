namespace Proppr.Actors.Matches;

/// <summary>
/// A fixture fetched changed match details: published on the local event stream for whoever keeps derived
/// facts (the stats pipeline's forwarder). Never leaves the node.
/// </summary>
public sealed record MatchDetailsPublished(MatchDetails Details) : Akka.Actor.INoSerializationVerificationNeeded;

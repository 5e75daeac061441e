using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>An event the feed shows that is no fact of the match (a coach's card, a missed penalty, a cancelled goal).</summary>
public sealed record FeedIncident(MatchTime Time, Side Side, long PersonId, string Name) : IMatchFact;

using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// One card as bookmakers count it (<c>spec/settlement-rules.md</c>, Cards): a yellow (<see cref="Stat.YellowCards"/>)
/// or a sending-off (<see cref="Stat.RedCards"/>), to a player when known, in a period when known. A booking with no
/// period counts for full time only, once the match is over.
/// </summary>
internal sealed record Booking(Side Side, long? PlayerId, Stat Kind, MatchPeriod? Period);

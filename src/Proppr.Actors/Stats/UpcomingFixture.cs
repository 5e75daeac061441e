using System.Collections.Immutable;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Stats;

/// <summary>
/// A fixture not yet played, as its pre-match snapshot shows it: the two teams, kickoff, and the players expected to
/// start (the confirmed lineup, or the provider's predicted one; empty when neither is out).
/// </summary>
public sealed record UpcomingFixture(
    long FixtureId,
    long HomeId,
    string HomeName,
    long AwayId,
    string AwayName,
    DateTimeOffset Kickoff,
    string? League,
    ImmutableArray<ExpectedPlayer> Players)
{
    /// <summary>Null unless the snapshot is of a match not started, with both team ids and a kickoff time.</summary>
    public static UpcomingFixture? From(MatchDetails match)
    {
        if (match.Status != MatchStatus.NotStarted || match.Home.Id is not { } homeId || match.Away.Id is not { } awayId ||
            match.Kickoff is not { } kickoff)
        {
            return null;
        }
        var starters = match.Lineup.Players
            .Where(p => p.Role == PlayerRole.Starter)
            .Select(p => new ExpectedPlayer(p.Id, p.Name, p.Side == Side.Home ? homeId : awayId, match.Lineup.Confirmed));
        return new UpcomingFixture(match.FixtureId, homeId, match.Home.Name, awayId, match.Away.Name, kickoff, match.League, [.. starters]);
    }
}

/// <summary>A player expected to start; <see cref="Confirmed"/> is false for a predicted lineup.</summary>
public sealed record ExpectedPlayer(long PlayerId, string PlayerName, long TeamId, bool Confirmed);

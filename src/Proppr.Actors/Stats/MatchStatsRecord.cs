using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Stats;

/// <summary>
/// What one finished match adds to the averages: each team's counts for and against, and each player's counts, per
/// period. A count the data cannot give for a period (no half split, no shot map) is absent, not zero.
/// </summary>
public sealed record MatchStatsRecord(
    long FixtureId,
    DateTimeOffset Kickoff,
    string? League,
    ImmutableArray<TeamMatchLine> Teams,
    ImmutableArray<PlayerMatchLine> Players);

public sealed record TeamMatchLine(long TeamId, string TeamName, long OpponentId, bool Home, ImmutableArray<TeamFigure> Figures);

public sealed record TeamFigure(BetPeriod Period, Stat Stat, decimal For, decimal Against);

public sealed record PlayerMatchLine(long PlayerId, string PlayerName, long TeamId, bool Started, ImmutableArray<PlayerFigure> Figures);

public sealed record PlayerFigure(BetPeriod Period, Stat Stat, decimal Value);

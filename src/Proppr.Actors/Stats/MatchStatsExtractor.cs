using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Stats;

/// <summary>
/// Turns a finished match's snapshot into a <see cref="MatchStatsRecord"/>, counting every stat and period exactly as
/// the settlement rules count them (<see cref="TeamCounter"/>, <see cref="PlayerCounter"/>), so an average describes
/// the numbers bets are settled on. xG is not a count: it comes only from the provider's own rows.
/// </summary>
public static class MatchStatsExtractor
{
    /// <summary>Null for a match that cannot be keyed (a team without an id, no kickoff time) or was not played to the end.</summary>
    public static MatchStatsRecord? Extract(MatchDetails match)
    {
        if (match.Status != MatchStatus.Finished || match.Home.Id is not { } homeId || match.Away.Id is not { } awayId ||
            match.Kickoff is not { } kickoff)
        {
            return null;
        }
        var figures = StatsCatalog.Periods
            .SelectMany(period => StatsCatalog.TeamStats.Select(stat => (period, stat, pair: TeamPair(match, stat, period))))
            .Where(f => f.pair is not null)
            .ToList();
        TeamMatchLine Line(Side side, long teamId, long opponentId, string name) => new(
            teamId, name, opponentId, side == Side.Home,
            [.. figures.Select(f => new TeamFigure(f.period, f.stat, f.pair!.Value.For(side), f.pair!.Value.For(side.Opponent())))]);

        var players = match.Lineup.IsKnown
            ? match.Lineup.Players.Where(p => p.Played).Select(p => Player(match, p, p.Side == Side.Home ? homeId : awayId))
            : [];
        return new MatchStatsRecord(
            match.FixtureId, kickoff, match.League,
            [Line(Side.Home, homeId, awayId, match.Home.Name), Line(Side.Away, awayId, homeId, match.Away.Name)],
            [.. players]);
    }

    private static SidePair? TeamPair(MatchDetails match, Stat stat, BetPeriod period)
    {
        if (stat == Stat.ExpectedGoals)
        {
            return ProviderRow(match, stat, period);
        }
        var window = PeriodWindow.For(period);
        var home = TeamCounter.Count(match, stat, BetScope.Home, window).Exact;
        var away = TeamCounter.Count(match, stat, BetScope.Away, window).Exact;
        return home is { } h && away is { } a ? new SidePair(h, a) : null;
    }

    /// <summary>
    /// The provider's row for the period. Full time is the whole-match row (the halves' rows are rounded, their sum
    /// drifts), unless extra time was played: then the two halves.
    /// </summary>
    private static SidePair? ProviderRow(MatchDetails match, Stat stat, BetPeriod period) => period switch
    {
        BetPeriod.FirstHalf => match.TeamStats.In(MatchPeriod.FirstHalf, stat),
        BetPeriod.SecondHalf => match.TeamStats.In(MatchPeriod.SecondHalf, stat),
        _ when !match.WentToExtraTime => match.TeamStats.Total(stat),
        _ => match.TeamStats.In(MatchPeriod.FirstHalf, stat) is { } first && match.TeamStats.In(MatchPeriod.SecondHalf, stat) is { } second
            ? first.Plus(second)
            : null,
    };

    private static PlayerMatchLine Player(MatchDetails match, MatchPlayer player, long teamId)
    {
        var pitch = TimeOnPitch.Of(player, match);
        var figures = StatsCatalog.Periods
            .SelectMany(period => StatsCatalog.PlayerStats.Select(stat => (period, stat)))
            // Minutes exist only for the whole match; a half's minutes would be a guess.
            .Where(f => f.stat != Stat.MinutesPlayed || f.period == BetPeriod.FullTime)
            .Select(f => (f.period, f.stat, count: PlayerCounter.Count(match, player, f.stat, PeriodWindow.For(f.period), pitch).Exact))
            .Where(f => f.count is not null)
            .Select(f => new PlayerFigure(f.period, f.stat, f.count!.Value));
        return new PlayerMatchLine(player.Id, player.Name, teamId, player.Role == PlayerRole.Starter, [.. figures]);
    }
}

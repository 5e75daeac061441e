using System.Collections.Immutable;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;

namespace Proppr.TestSupport;

/// <summary>
/// One real FotMob payload from <c>samples/fotmob</c> and the moments of its match a test can replay: before
/// kickoff (the lineup, nothing played), live at a minute, half time, full time, and a corrected full time.
/// </summary>
public sealed class RealMatch(long matchId)
{
    private readonly string _json = ReferenceData.ReadFotMob(matchId);

    public long MatchId => matchId;

    public MatchDetails FullTime => FotMobParser.Parse(_json);

    public MatchDetails HalfTime => FotMobParser.Parse(LivePayloads.AtHalfTime(_json));

    public MatchDetails At(int minute) => FotMobParser.Parse(LivePayloads.TruncateAt(_json, minute));

    /// <summary>The confirmed lineup an hour before kickoff: no clock, no score, no events, no stats.</summary>
    public MatchDetails BeforeKickoff => FullTime with
    {
        Status = MatchStatus.NotStarted,
        Clock = null,
        EndedPeriods = [],
        PeriodStarts = ImmutableDictionary<MatchPeriod, DateTimeOffset>.Empty,
        Score = Score.Nil,
        ScoreByPeriod = ImmutableDictionary<MatchPeriod, Score>.Empty,
        ShootoutScore = null,
        TeamStats = TeamStats.None,
        Goals = [],
        Cards = [],
        Substitutions = [],
        Shots = [],
        HasShotMap = false,
        Lineup = FullTime.Lineup with { Players = [.. FullTime.Lineup.Players.Select(BeforeKickoffPlayer)] },
    };

    private static MatchPlayer BeforeKickoffPlayer(MatchPlayer player) => player with
    {
        Role = player.Role == PlayerRole.SubstituteUsed ? PlayerRole.SubstituteUnused : player.Role,
        SubbedOn = null,
        SubbedOff = null,
        Stats = ImmutableDictionary<Stat, decimal>.Empty,
    };

    /// <summary>
    /// Full time after the provider recounted a team stat of the second half (a late corner or card added or taken
    /// away): the whole-match figure and the second-half split move together.
    /// </summary>
    public MatchDetails CorrectedSecondHalf(Stat stat, Side side, int change)
    {
        var fullTime = FullTime;
        var stats = fullTime.TeamStats;
        var delta = side == Side.Home ? new SidePair(change, 0) : new SidePair(0, change);
        var all = stats.All.SetItem(stat, (stats.Total(stat) ?? SidePair.Zero).Plus(delta));
        var byPeriod = stats.ByPeriod.TryGetValue(MatchPeriod.SecondHalf, out var secondHalf)
            ? stats.ByPeriod.SetItem(MatchPeriod.SecondHalf, secondHalf.SetItem(stat, (stats.In(MatchPeriod.SecondHalf, stat) ?? SidePair.Zero).Plus(delta)))
            : stats.ByPeriod;
        return fullTime with { TeamStats = new TeamStats(all, byPeriod) };
    }
}

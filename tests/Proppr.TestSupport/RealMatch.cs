using System.Collections.Immutable;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;

namespace Proppr.TestSupport;

/// <summary>
/// One real FotMob payload from <c>../shared/fotmob</c> and the moments of its match a test can replay: before
/// kickoff (the lineup, nothing played), live at a minute, half time, full time, and a corrected full time.
/// </summary>
public sealed class RealMatch(long matchId)
{
    private readonly string _json = SharedData.ReadFotMob(matchId);

    public long MatchId => matchId;

    public MatchSnapshot FullTime => FotMobParser.Parse(_json);

    public MatchSnapshot HalfTime => FotMobParser.Parse(LivePayloads.AtHalfTime(_json));

    public MatchSnapshot At(int minute) => FotMobParser.Parse(LivePayloads.TruncateAt(_json, minute));

    /// <summary>The confirmed lineup an hour before kickoff: no clock, no score, no events, no stats.</summary>
    public MatchSnapshot BeforeKickoff => FullTime with
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

    /// <summary>Full time after the provider corrected a whole-match team stat (a corner or card recounted).</summary>
    public MatchSnapshot CorrectedTeamStat(Stat stat, SidePair corrected)
    {
        var fullTime = FullTime;
        return fullTime with { TeamStats = fullTime.TeamStats with { All = fullTime.TeamStats.All.SetItem(stat, corrected) } };
    }
}

using System.Collections.Immutable;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Tests.Betting;

/// <summary>
/// Hand-built match snapshots for rule tests: a state, goals (the score by period follows from them), team stats,
/// a lineup and events. Defaults: not started, no stats, no lineup.
/// </summary>
internal sealed class MatchBuilder
{
    public const long FixtureId = 4506508;
    public static readonly DateTimeOffset Kickoff = new(2025, 1, 5, 16, 30, 0, TimeSpan.Zero);

    /// <summary>Finished 2-1: home goals at 10' and 70', away at 30'.</summary>
    public static MatchBuilder HomeWinTwoOne() =>
        new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Away, 30).Goal(Side.Home, 70).FullTime();

    private MatchStatus _status = MatchStatus.NotStarted;
    private MatchTime? _clock;
    private DateTimeOffset? _kickoff = Kickoff;
    private readonly HashSet<MatchPeriod> _ended = [];
    private readonly List<GoalEvent> _goals = [];
    private readonly List<CardEvent> _cards = [];
    private readonly List<SubstitutionEvent> _substitutions = [];
    private readonly List<ShotEvent> _shots = [];
    private bool _hasShotMap;
    private readonly List<MatchPlayer> _players = [];
    private bool _lineupConfirmed = true;
    private readonly Dictionary<Stat, SidePair> _teamStats = [];
    private readonly Dictionary<MatchPeriod, Dictionary<Stat, SidePair>> _teamStatsByPeriod = [];

    public MatchBuilder Live(int minute, int added = 0)
    {
        _status = MatchStatus.Live;
        _clock = new MatchTime(minute, added);
        if (minute > 45)
        {
            _ended.Add(MatchPeriod.FirstHalf);
        }
        if (minute > 90)
        {
            _ended.Add(MatchPeriod.SecondHalf);
        }
        return this;
    }

    public MatchBuilder HalfTime() => State(MatchStatus.HalfTime, MatchPeriod.FirstHalf);

    public MatchBuilder FullTime() => State(MatchStatus.Finished, MatchPeriod.FirstHalf, MatchPeriod.SecondHalf);

    public MatchBuilder AfterExtraTime() => State(
        MatchStatus.Finished, MatchPeriod.FirstHalf, MatchPeriod.SecondHalf, MatchPeriod.FirstExtraHalf, MatchPeriod.SecondExtraHalf);

    public MatchBuilder Postponed() => State(MatchStatus.Postponed);

    public MatchBuilder Cancelled() => State(MatchStatus.Cancelled);

    /// <summary>Abandoned at the given minute, the periods before it completed.</summary>
    public MatchBuilder AbandonedAt(int minute)
    {
        Live(minute);
        _status = MatchStatus.Abandoned;
        _clock = null;
        return this;
    }

    public MatchBuilder WithoutKickoff()
    {
        _kickoff = null;
        return this;
    }

    public MatchBuilder Goal(Side side, int minute, long? scorer = null, int added = 0, long? assist = null) =>
        AddGoal(new GoalEvent(new MatchTime(minute, added), side, scorer, null, OwnGoal: false, Penalty: false, assist));

    /// <summary>An own goal, credited to <paramref name="creditedTo"/> and put in by a player of the other side.</summary>
    public MatchBuilder OwnGoal(Side creditedTo, int minute, long? scorer = null) =>
        AddGoal(new GoalEvent(new MatchTime(minute), creditedTo, scorer, null, OwnGoal: true, Penalty: false, null));

    /// <summary>A whole-match team stat (the provider's <c>All</c>, extra time included).</summary>
    public MatchBuilder TeamStat(Stat stat, decimal home, decimal away)
    {
        _teamStats[stat] = new SidePair(home, away);
        return this;
    }

    public MatchBuilder TeamStat(Stat stat, MatchPeriod period, decimal home, decimal away)
    {
        PeriodStats(period)[stat] = new SidePair(home, away);
        return this;
    }

    /// <summary>A period the provider split, with no row for any stat.</summary>
    public MatchBuilder EmptyPeriodStats(MatchPeriod period)
    {
        PeriodStats(period);
        return this;
    }

    public MatchBuilder Starter(long id, string name, params (Stat Stat, decimal Value)[] stats) =>
        Player(id, name, Side.Home, PlayerRole.Starter, null, null, stats);

    /// <summary>A substitute: used when <paramref name="onMinute"/> is given, unused otherwise.</summary>
    public MatchBuilder Substitute(long id, string name, int? onMinute, params (Stat Stat, decimal Value)[] stats) =>
        Player(id, name, Side.Home, onMinute is null ? PlayerRole.SubstituteUnused : PlayerRole.SubstituteUsed,
            onMinute is { } on ? new MatchTime(on) : null, null, stats);

    public MatchBuilder Unavailable(long id, string name) => Player(id, name, Side.Home, PlayerRole.Unavailable, null, null, []);

    /// <summary>A squad member; one who played has his minutes, as a provider gives them, unless the test names them.</summary>
    public MatchBuilder Player(long id, string name, Side side, PlayerRole role, MatchTime? on, MatchTime? off, params (Stat Stat, decimal Value)[] stats)
    {
        var given = stats.ToImmutableDictionary(s => s.Stat, s => s.Value);
        var played = role is PlayerRole.Starter or PlayerRole.SubstituteUsed;
        _players.Add(new MatchPlayer(id, name, side, role, on, off,
            played && !given.ContainsKey(Stat.MinutesPlayed) ? given.Add(Stat.MinutesPlayed, Math.Max(1, 90 - (on?.Minute ?? 0))) : given));
        return this;
    }

    /// <summary>A player who played but for whom the provider gave no stats at all.</summary>
    public MatchBuilder WithoutStats(long id)
    {
        var index = _players.FindIndex(p => p.Id == id);
        _players[index] = _players[index] with { Stats = ImmutableDictionary<Stat, decimal>.Empty };
        return this;
    }

    public MatchBuilder SubbedOff(long id, int minute)
    {
        var index = _players.FindIndex(p => p.Id == id);
        _players[index] = _players[index] with { SubbedOff = new MatchTime(minute) };
        return this;
    }

    /// <summary>The lineup is the provider's prediction, not the confirmed one.</summary>
    public MatchBuilder PredictedLineup()
    {
        _lineupConfirmed = false;
        return this;
    }

    public MatchBuilder Card(Side side, int minute, long? player, CardKind kind = CardKind.Yellow, CardRecipient recipient = CardRecipient.PlayerOnPitch)
    {
        _cards.Add(new CardEvent(new MatchTime(minute), side, player, kind, recipient, DuringShootout: false));
        return this;
    }

    public MatchBuilder Substitution(Side side, int minute, long? playerOn, long? playerOff)
    {
        _substitutions.Add(new SubstitutionEvent(new MatchTime(minute), side, playerOn, playerOff));
        return this;
    }

    /// <summary>Turns the shot map on, even with no shot in it.</summary>
    public MatchBuilder ShotMap()
    {
        _hasShotMap = true;
        return this;
    }

    public MatchBuilder Shot(Side side, int minute, long player, bool onTarget)
    {
        var time = new MatchTime(minute);
        _shots.Add(new ShotEvent(time, time.Period, side, player, onTarget, IsGoal: false, OwnGoal: false));
        return ShotMap();
    }

    public MatchDetails Build()
    {
        var byPeriod = _goals.GroupBy(g => g.Period).ToImmutableDictionary(
            g => g.Key, g => g.Aggregate(Score.Nil, (score, goal) => score.Add(goal.CreditedTo)));
        return new MatchDetails
        {
            FixtureId = FixtureId,
            Home = new TeamRef(8650, "Liverpool"),
            Away = new TeamRef(10260, "Manchester United"),
            Kickoff = _kickoff,
            Status = _status,
            Clock = _clock,
            EndedPeriods = [.. _ended],
            Score = byPeriod.Values.Aggregate(Score.Nil, (total, score) => total.Plus(score)),
            ScoreByPeriod = byPeriod,
            TeamStats = new TeamStats(
                _teamStats.ToImmutableDictionary(),
                _teamStatsByPeriod.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableDictionary())),
            Lineup = _players.Count == 0 ? Lineup.Unknown : new Lineup(_lineupConfirmed, [.. _players]),
            Goals = [.. _goals],
            Cards = [.. _cards],
            Substitutions = [.. _substitutions],
            Shots = [.. _shots],
            HasShotMap = _hasShotMap,
        };
    }

    private MatchBuilder State(MatchStatus status, params MatchPeriod[] ended)
    {
        _status = status;
        _clock = null;
        _ended.UnionWith(ended);
        return this;
    }

    private MatchBuilder AddGoal(GoalEvent goal)
    {
        _goals.Add(goal);
        return this;
    }

    private Dictionary<Stat, SidePair> PeriodStats(MatchPeriod period)
    {
        if (!_teamStatsByPeriod.TryGetValue(period, out var stats))
        {
            _teamStatsByPeriod[period] = stats = [];
        }
        return stats;
    }
}

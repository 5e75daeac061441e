using Proppr.Actors.Matches;
using Proppr.Replay.Generation;

namespace Proppr.Replay.Timeline;

/// <summary>
/// Scores and stats of a match at one moment, counted from the facts published by then. Every team figure is the sum of
/// its players' figures per half, and every whole-match figure is the sum of the halves, so they always agree.
/// </summary>
public sealed class MatchTally
{
    /// <summary>Shots at or above this xG count as big chances.</summary>
    private const decimal BigChance = 0.3m;

    private static readonly MatchPeriod[] Halves = [MatchPeriod.FirstHalf, MatchPeriod.SecondHalf];

    private readonly SyntheticMatch _match;
    private readonly Dictionary<(long Player, MatchPeriod Half), StatLine> _lines = [];

    private MatchTally(SyntheticMatch match, MatchFacts facts, int minutesPlayed)
    {
        _match = match;
        Facts = facts;
        Roster = PitchRoster.Of(match.Home, match.Away, facts);
        CountMinutesAndRates(minutesPlayed);
        CountFacts();
    }

    public static MatchTally Of(SyntheticMatch match, MatchMoment moment) =>
        new(match, match.FactsFor(moment.Corrected).Until(moment.Cutoff), moment.MinutesPlayed);

    /// <summary>The facts published so far.</summary>
    public MatchFacts Facts { get; }

    /// <summary>Spells as far as the published substitutions and dismissals tell.</summary>
    public PitchRoster Roster { get; }

    public Score Score => ScoreIn(MatchPeriod.FirstHalf).Plus(ScoreIn(MatchPeriod.SecondHalf));

    public Score ScoreIn(MatchPeriod half) =>
        Facts.Goals.Where(g => g.Time.Period == half).Aggregate(Score.Nil, (score, goal) => score.Add(goal.Side));

    /// <summary>A player's line over one half, or the whole match when <paramref name="half"/> is null.</summary>
    public StatLine Player(long playerId, MatchPeriod? half = null) =>
        StatLine.Sum(HalvesOf(half).Select(h => _lines.GetValueOrDefault((playerId, h), StatLine.Zero)));

    /// <summary>A side's line (the sum of its squad's) over one half, or the whole match when <paramref name="half"/> is null.</summary>
    public StatLine Team(Side side, MatchPeriod? half = null) =>
        StatLine.Sum(Roster.Team(side).Squad.Select(p => Player(p.Id, half)));

    private static IEnumerable<MatchPeriod> HalvesOf(MatchPeriod? half) => half is { } one ? [one] : Halves;

    private void CountMinutesAndRates(int minutesPlayed)
    {
        foreach (var player in _match.Home.Squad.Concat(_match.Away.Squad))
        {
            if (Roster.Spell(player.Id) is not { } spell)
            {
                continue;
            }
            foreach (var half in Halves)
            {
                var start = half == MatchPeriod.FirstHalf ? 0 : 45;
                var minutes = spell.MinutesBetween(start, Math.Min(start + 45, minutesPlayed));
                var rates = player.Rates;
                var passes = PerMinutes(rates.PassesPer90, minutes);
                Add(player.Id, half, line => line with
                {
                    Minutes = minutes,
                    Passes = passes,
                    AccuratePasses = (int)Math.Floor(passes * rates.PassAccuracy),
                    Tackles = PerMinutes(rates.TacklesPer90, minutes),
                    Interceptions = PerMinutes(rates.InterceptionsPer90, minutes),
                    Touches = PerMinutes(rates.TouchesPer90, minutes),
                });
            }
        }
    }

    private static int PerMinutes(decimal per90, int minutes) => (int)Math.Floor(per90 * minutes / 90m);

    private void CountFacts()
    {
        foreach (var goal in Facts.Goals)
        {
            var half = goal.Time.Period;
            Add(Keeper(goal.Side.Opponent()), half, l => l with { GoalsConceded = l.GoalsConceded + 1 });
            if (goal.OwnGoal)
            {
                continue;
            }
            Add(goal.ScorerId, half, l => Shot(l, goal.ExpectedGoals) with { Goals = l.Goals + 1, ShotsOnTarget = l.ShotsOnTarget + 1 });
            if (goal.AssistId is { } assist)
            {
                Add(assist, half, l => l with { Assists = l.Assists + 1 });
            }
        }
        foreach (var shot in Facts.Shots)
        {
            var half = shot.Time.Period;
            Add(shot.PlayerId, half, l => shot.Outcome switch
            {
                ShotOutcome.Saved => Shot(l, shot.ExpectedGoals) with { ShotsOnTarget = l.ShotsOnTarget + 1 },
                ShotOutcome.Blocked => Shot(l, shot.ExpectedGoals) with { BlockedShots = l.BlockedShots + 1 },
                _ => Shot(l, shot.ExpectedGoals) with { ShotsOffTarget = l.ShotsOffTarget + 1 },
            });
            if (shot.Outcome == ShotOutcome.Saved)
            {
                Add(Keeper(shot.Side.Opponent()), half, l => l with { Saves = l.Saves + 1 });
            }
        }
        foreach (var corner in Facts.Corners)
        {
            Add(corner.TakerId, corner.Time.Period, l => l with { Corners = l.Corners + 1 });
        }
        foreach (var foul in Facts.Fouls)
        {
            Add(foul.PlayerId, foul.Time.Period, l => l with { Fouls = l.Fouls + 1 });
            Add(foul.FouledId, foul.Time.Period, l => l with { WasFouled = l.WasFouled + 1 });
        }
        foreach (var offside in Facts.Offsides)
        {
            Add(offside.PlayerId, offside.Time.Period, l => l with { Offsides = l.Offsides + 1 });
        }
        foreach (var card in Facts.Cards)
        {
            Add(card.PlayerId, card.Time.Period, l => card.Kind == CardKind.Yellow
                ? l with { YellowCards = l.YellowCards + 1 }
                : l with { RedCards = l.RedCards + 1 });
        }
    }

    private static StatLine Shot(StatLine line, decimal expectedGoals) => line with
    {
        Shots = line.Shots + 1,
        ExpectedGoals = line.ExpectedGoals + expectedGoals,
        BigChances = line.BigChances + (expectedGoals >= BigChance ? 1 : 0),
    };

    /// <summary>The side's starting keeper: keepers are never substituted or sent off in a replay.</summary>
    private long Keeper(Side side) => Roster.Team(side).Starters.First(p => p.IsGoalkeeper).Id;

    private void Add(long playerId, MatchPeriod half, Func<StatLine, StatLine> change) =>
        _lines[(playerId, half)] = change(_lines.GetValueOrDefault((playerId, half), StatLine.Zero));
}

using System.Collections.Immutable;

namespace Proppr.Actors.Matches;

/// <summary>
/// Provider-neutral facts about one match at one moment: what the settlement rules read. Built by a provider parser
/// (FotMob today); immutable, so one can be handed to every bet grader of a fixture.
/// </summary>
public sealed record MatchDetails
{
    public required long FixtureId { get; init; }
    public required TeamRef Home { get; init; }
    public required TeamRef Away { get; init; }
    public DateTimeOffset? Kickoff { get; init; }
    public string? League { get; init; }

    public required MatchStatus Status { get; init; }

    /// <summary>The match clock while in play (null before kickoff, at full time and when unknown).</summary>
    public MatchTime? Clock { get; init; }

    /// <summary>Periods whose final whistle has gone.</summary>
    public ImmutableHashSet<MatchPeriod> EndedPeriods { get; init; } = ImmutableHashSet<MatchPeriod>.Empty;

    /// <summary>When each period kicked off (UTC), where the provider says; maps a wall-clock time to the match clock.</summary>
    public ImmutableDictionary<MatchPeriod, DateTimeOffset> PeriodStarts { get; init; } =
        ImmutableDictionary<MatchPeriod, DateTimeOffset>.Empty;

    /// <summary>The score now, extra time included, shoot-out excluded.</summary>
    public Score Score { get; init; } = Score.Nil;

    /// <summary>Goals scored in each period so far (no entry means none). The shoot-out is in <see cref="ShootoutScore"/>.</summary>
    public ImmutableDictionary<MatchPeriod, Score> ScoreByPeriod { get; init; } = ImmutableDictionary<MatchPeriod, Score>.Empty;

    /// <summary>Penalty shoot-out kicks scored, when there was one.</summary>
    public Score? ShootoutScore { get; init; }

    public TeamStats TeamStats { get; init; } = TeamStats.None;
    public Lineup Lineup { get; init; } = Lineup.Unknown;

    public ImmutableArray<GoalEvent> Goals { get; init; } = ImmutableArray<GoalEvent>.Empty;
    public ImmutableArray<CardEvent> Cards { get; init; } = ImmutableArray<CardEvent>.Empty;
    public ImmutableArray<SubstitutionEvent> Substitutions { get; init; } = ImmutableArray<SubstitutionEvent>.Empty;

    /// <summary>Shots from the shot map; empty when the provider has none (check <see cref="HasShotMap"/>).</summary>
    public ImmutableArray<ShotEvent> Shots { get; init; } = ImmutableArray<ShotEvent>.Empty;
    public bool HasShotMap { get; init; }

    public Score GoalsIn(MatchPeriod period) => ScoreByPeriod.TryGetValue(period, out var score) ? score : Score.Nil;

    /// <summary>The score over regulation time so far: first half plus second half, never extra time.</summary>
    public Score RegulationScore => GoalsIn(MatchPeriod.FirstHalf).Plus(GoalsIn(MatchPeriod.SecondHalf));

    public bool WentToExtraTime =>
        ScoreByPeriod.ContainsKey(MatchPeriod.FirstExtraHalf) ||
        EndedPeriods.Contains(MatchPeriod.FirstExtraHalf) ||
        PeriodStarts.ContainsKey(MatchPeriod.FirstExtraHalf) ||
        Clock is { Minute: > 90 };

    public bool HasEnded(MatchPeriod period) => EndedPeriods.Contains(period);

    /// <summary>Regulation time is over (the second half has ended), whatever followed.</summary>
    public bool RegulationEnded => HasEnded(MatchPeriod.SecondHalf);
}

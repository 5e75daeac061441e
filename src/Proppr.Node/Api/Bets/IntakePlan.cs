using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Matches.Resolution;

namespace Proppr.Node.Api.Bets;

/// <summary>
/// Sorts the bets of one request: the ones answered at once (unreadable, invalid, repeated within the request, or an id
/// the read model already holds on another fixture), those that go to their fixture (grouped by fixture id), and those
/// that need fixture resolution first (grouped by the odds event id). Pure, so the routing rules are tested without a
/// cluster.
/// </summary>
public sealed class IntakePlan
{
    private IntakePlan(
        ImmutableArray<IntakeAnswer> immediate,
        ImmutableDictionary<long, ImmutableArray<(int Index, Bet Bet)>> byFixture,
        ImmutableArray<ResolutionGroup> toResolve)
    {
        Immediate = immediate;
        ByFixture = byFixture;
        ToResolve = toResolve;
    }

    public ImmutableArray<IntakeAnswer> Immediate { get; }

    public ImmutableDictionary<long, ImmutableArray<(int Index, Bet Bet)>> ByFixture { get; }

    public ImmutableArray<ResolutionGroup> ToResolve { get; }

    /// <summary>Every bet that goes on to the cluster, to its fixture or to resolution.</summary>
    public IReadOnlyList<(int Index, Bet Bet)> ToHandOff =>
        [.. ByFixture.Values.SelectMany(group => group), .. ToResolve.SelectMany(group => group.Bets)];

    /// <summary>The plan with <paramref name="refused"/> (by index) answered at once instead of handed off.</summary>
    public IntakePlan Refusing(IReadOnlyList<IntakeAnswer> refused)
    {
        if (refused.Count == 0)
        {
            return this;
        }
        var indexes = refused.Select(answer => answer.Index).ToHashSet();
        ImmutableArray<(int Index, Bet Bet)> Keep(ImmutableArray<(int Index, Bet Bet)> bets) => [.. bets.Where(bet => !indexes.Contains(bet.Index))];
        return new IntakePlan(
            [.. Immediate, .. refused],
            ByFixture.Select(group => (group.Key, Bets: Keep(group.Value))).Where(group => group.Bets.Length > 0)
                .ToImmutableDictionary(group => group.Key, group => group.Bets),
            [.. ToResolve.Select(group => group with { Bets = Keep(group.Bets) }).Where(group => group.Bets.Length > 0)]);
    }

    /// <param name="reads">The request's bets, in order.</param>
    /// <param name="trackedOn">The fixture each already tracked bet id is on (the read model's view; it may lag).</param>
    /// <param name="mapped">
    /// The FotMob fixture of each odds event id the mapping table knows: a bet naming only such an id goes straight to
    /// its fixture, with or without teams and kickoff (the resolver would forward it there anyway).
    /// </param>
    /// <param name="players">
    /// The FotMob player of each odds player id the player mapping table knows: a player prop without <c>player_id</c>
    /// takes it from there, so the lineup is searched by id before names.
    /// </param>
    public static IntakePlan For(
        IReadOnlyList<BetReadResult> reads,
        IReadOnlyDictionary<string, long> trackedOn,
        IReadOnlyDictionary<string, long> mapped,
        IReadOnlyDictionary<string, long> players)
    {
        var immediate = new List<IntakeAnswer>();
        var handedOff = new List<(int Index, Bet Bet)>();
        var seen = new Dictionary<string, Bet>(StringComparer.Ordinal);
        for (var index = 0; index < reads.Count; index++)
        {
            var read = reads[index];
            if (read.Bet is not { } bet)
            {
                immediate.Add(new IntakeAnswer(index, read.BetId, IntakeStatus.Rejected, Reason: read.Reason, Detail: read.Detail));
                continue;
            }
            if (bet.FixtureId is null && mapped.TryGetValue(bet.OddsEventId!, out var mappedFixture))
            {
                bet = bet with { FixtureId = mappedFixture };
            }
            if (bet is { PlayerId: null, OddsPlayerId: { } oddsPlayer } && players.TryGetValue(oddsPlayer, out var fotMobPlayer))
            {
                bet = bet with { PlayerId = fotMobPlayer };
            }
            if (Refusal(bet, seen, trackedOn) is { } refusal)
            {
                immediate.Add(refusal with { Index = index });
                continue;
            }
            seen[bet.BetId] = bet;
            handedOff.Add((index, bet));
        }
        return new IntakePlan(
            [.. immediate],
            handedOff.Where(item => item.Bet.FixtureId is not null).GroupBy(item => item.Bet.FixtureId!.Value)
                .ToImmutableDictionary(group => group.Key, group => group.ToImmutableArray()),
            [.. handedOff.Where(item => item.Bet.FixtureId is null).GroupBy(item => item.Bet.OddsEventId!, StringComparer.Ordinal)
                .Select(group => new ResolutionGroup(QueryFor(group.First().Bet), [.. group]))]);
    }

    /// <summary>Why this bet is answered without asking the cluster, or null when it goes on.</summary>
    private static IntakeAnswer? Refusal(Bet bet, Dictionary<string, Bet> seen, IReadOnlyDictionary<string, long> trackedOn)
    {
        if (seen.TryGetValue(bet.BetId, out var earlier))
        {
            return earlier == bet
                ? new IntakeAnswer(0, bet.BetId, IntakeStatus.Duplicate, bet.FixtureId, Detail: "repeated in this request")
                : Rejected(bet, SettlementReasons.DuplicateBetId, "another bet in this request has the same bet_id and different content");
        }
        // A fixture only knows its own bets: the same id on another one would be a second, unrelated bet.
        if (bet.FixtureId is { } fixtureId && trackedOn.TryGetValue(bet.BetId, out var trackedFixture) && trackedFixture != fixtureId)
        {
            return Rejected(bet, SettlementReasons.DuplicateBetId, $"bet_id is already tracked on fixture {trackedFixture}");
        }
        if (BetValidator.Validate(bet) is { } reason)
        {
            return Rejected(bet, reason, null);
        }
        if (bet.FixtureId is not null)
        {
            return null;
        }
        return bet.HomeTeam is null || bet.AwayTeam is null || bet.Kickoff is null
            ? Rejected(bet, SettlementReasons.IncompleteFixtureQuery, "a bet without fixture_id needs odds_fixture_id, home_team, away_team and kickoff to find its match")
            : null;
    }

    private static IntakeAnswer Rejected(Bet bet, string reason, string? detail) =>
        new(0, bet.BetId, IntakeStatus.Rejected, bet.FixtureId, reason, detail);

    private static FixtureQuery QueryFor(Bet bet) => new(bet.OddsEventId!, bet.HomeTeam!, bet.AwayTeam!, bet.Kickoff!.Value);
}

/// <summary>Bets that name one odds event and no fixture: resolved together with the first one's teams and kickoff.</summary>
public sealed record ResolutionGroup(FixtureQuery Query, ImmutableArray<(int Index, Bet Bet)> Bets);

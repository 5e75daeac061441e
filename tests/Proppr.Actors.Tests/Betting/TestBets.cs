using Proppr.Actors.Betting;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Tests.Betting;

/// <summary>Bets for rule tests: 10 units at evens (2.0) on the test fixture unless a test says otherwise.</summary>
internal static class TestBets
{
    public const long Salah = 292462;
    public const long Nunez = 868710;
    public const long Elliott = 795326;
    public static readonly DateTimeOffset Now = MatchBuilder.Kickoff.AddHours(2);

    public static Bet Team(Market market, Selection selection, decimal? line = null, BetScope scope = BetScope.Match,
        BetPeriod period = BetPeriod.FullTime) => new()
    {
        BetId = "b-1",
        FixtureId = MatchBuilder.FixtureId,
        Scope = scope,
        Market = market,
        Period = period,
        Selection = selection,
        Line = line is { } value ? Line.Of(value) : null,
        Odds = 2m,
        Stake = 10m,
    };

    public static Bet Player(Market market, Selection selection, decimal? line = null, long? playerId = Salah,
        BetPeriod period = BetPeriod.FullTime, VoidRule? voidRule = null) =>
        Team(market, selection, line, BetScope.Player, period) with { PlayerId = playerId, VoidRule = voidRule };

    /// <summary>The bet on another fixture, for the real payloads of other matches.</summary>
    public static Bet On(this Bet bet, long fixtureId) => bet with { FixtureId = fixtureId };

    public static Settlement Settle(this Bet bet, MatchDetails match, SettlementPolicy? policy = null, DateTimeOffset? now = null) =>
        new Settler(policy ?? SettlementPolicy.Default).Settle(bet, match, now ?? Now);

    public static Settlement Settle(this Bet bet, MatchBuilder match, SettlementPolicy? policy = null, DateTimeOffset? now = null) =>
        bet.Settle(match.Build(), policy, now);
}

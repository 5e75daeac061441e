using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.ReadModel;

namespace Proppr.Actors.Tests.ReadModel;

/// <summary>Bets and settlements for read-model tests, with the money worked out as the settler would.</summary>
internal static class ReadModelSamples
{
    public const long Fixture = 4506508;

    public const long OtherFixture = 4813415;

    /// <summary>Short back-offs, so a stream that fails in a test starts again promptly.</summary>
    public static readonly RestartBackoff Backoff = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(2));

    public static readonly DateTimeOffset Kickoff = new(2026, 3, 14, 15, 0, 0, TimeSpan.Zero);

    public static Bet Bet(
        string betId, decimal stake = 10m, decimal odds = 2m, string? source = "player", Market market = Market.Goals,
        long fixture = Fixture, DateTimeOffset? placedAt = null) => new()
        {
            BetId = betId,
            FixtureId = fixture,
            HomeTeam = "Liverpool",
            AwayTeam = "Manchester United",
            Kickoff = Kickoff,
            Scope = BetScope.Match,
            Market = market,
            Selection = Selection.Over,
            Line = Line.Of(2.5m),
            Odds = odds,
            Stake = stake,
            Source = source,
            Client = "acc-7",
            PlacedAt = placedAt ?? Kickoff.AddHours(-1),
        };

    public static Settlement Won(Bet bet, DateTimeOffset? at = null) => Decided(bet, SettlementStatus.Won, bet.Stake * bet.Odds, 3m, at);

    public static Settlement Lost(Bet bet, DateTimeOffset? at = null) => Decided(bet, SettlementStatus.Lost, 0m, 2m, at);

    public static Settlement Refunded(Bet bet, DateTimeOffset? at = null) =>
        Decided(bet, SettlementStatus.Refund, bet.Stake, null, at) with { Reason = "did_not_start" };

    /// <summary>A correction's new decision, naming the one it replaces.</summary>
    public static Settlement Corrected(Settlement replaced, Settlement decision) =>
        decision with { SettledAt = replaced.SettledAt!.Value.AddMinutes(30), ResettledFrom = replaced };

    private static Settlement Decided(Bet bet, SettlementStatus status, decimal returns, decimal? actual, DateTimeOffset? at) => new()
    {
        BetId = bet.BetId,
        Status = status,
        ActualValue = actual,
        Returns = returns,
        ProfitLoss = returns - bet.Stake,
        SettledAt = at ?? Kickoff.AddHours(2),
        FixtureState = MatchStatus.Finished,
    };
}

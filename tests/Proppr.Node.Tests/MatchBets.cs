using System.Text.Json.Nodes;

namespace Proppr.Node.Tests;

/// <summary>
/// Bets in the contract's JSON on FotMob match 4506508, Liverpool 2-2 Manchester United (full time in the shared
/// payload), with their hand-checked outcomes.
/// </summary>
internal static class MatchBets
{
    public const long FixtureId = 4506508;

    public static JsonObject Bet(string id, string market, string selection, decimal? line, decimal odds, decimal stake, string source = "alpha")
    {
        var bet = new JsonObject
        {
            ["bet_id"] = id,
            ["fixture_id"] = FixtureId,
            ["scope"] = "match",
            ["market"] = market,
            ["selection"] = selection,
            ["odds"] = odds,
            ["stake"] = stake,
            ["source"] = source,
        };
        if (line is { } value)
        {
            bet["line"] = value;
        }
        return bet;
    }

    /// <summary>Four goals pass 2.5: won, returns 19.</summary>
    public static JsonObject OverGoals(string id) => Bet(id, "goals", "over", 2.5m, 1.9m, 10m);

    /// <summary>Four goals do not stay under 1.5: lost, -10.</summary>
    public static JsonObject UnderGoals(string id) => Bet(id, "goals", "under", 1.5m, 2.4m, 10m);

    /// <summary>Both teams scored: won, returns 9.</summary>
    public static JsonObject BothScore(string id) => Bet(id, "btts", "yes", null, 1.8m, 5m, source: "beta");

    /// <summary>The bet as a desk sends it: with its client's account, when it has one, and the teams by name.</summary>
    public static JsonObject WithClient(this JsonObject bet, string? client)
    {
        if (client is not null)
        {
            bet["client"] = client;
        }
        bet["home_team"] = "Liverpool";
        bet["away_team"] = "Manchester United";
        return bet;
    }

    public static string Lines(params JsonObject[] bets) => string.Join('\n', bets.Select(b => b.ToJsonString()));
}

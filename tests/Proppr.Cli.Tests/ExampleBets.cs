using Proppr.TestSupport;

namespace Proppr.Cli.Tests;

/// <summary>
/// <c>examples/bets-4506508.jsonl</c>, the bets the repository ships for Liverpool 2-2 Man Utd (FotMob 4506508), and
/// their settlements worked out by hand from the payload and <c>spec/settlement-rules.md</c>.
/// </summary>
internal static class ExampleBets
{
    public const long MatchId = 4506508;

    public static string Path => System.IO.Path.Combine(ReferenceData.RepositoryRoot, "examples", "bets-4506508.jsonl");

    public static string MatchPath => ReferenceData.FotMobPath(MatchId);

    /// <summary>Goals: Martinez 52' (0-1), Gakpo 59', Salah 70' pen (2-1), Amad 80' (2-2). Corners 6 + 9.</summary>
    public static readonly SettlementLine[] AtFullTime =
    [
        // 4 goals over 3.5 at 1.95: 10 × 1.95.
        new("ex-1", "won", 4m, 19.5m, 9.5m, null),
        // 15 corners: under 14.5 lost.
        new("ex-2", "lost", 15m, 0m, -10m, null),
        // 2-2: the draw at 3.6, 5 staked; the margin of a draw is 0.
        new("ex-3", "won", 0m, 18m, 13m, null),
        // Salah's shots on target: "1/4" in playerStats, over 0.5 at 1.5 with 20 staked.
        new("ex-4", "won", 1m, 30m, 10m, null),
        // Home −0.25 on a draw: half on 0 (push), half on −0.5 (lost): 10 / 2.
        new("ex-5", "half_lost", 0m, 5m, -5m, "quarter_line"),
        // Corners over 15.25 at 15: half on 15.0 (push), half on 15.5 (lost).
        new("ex-6", "half_lost", 15m, 5m, -5m, "quarter_line"),
        // Salah scored the 70' penalty: 10 × 2.1.
        new("ex-7", "won", 1m, 21m, 11m, null),
        // Martinez scored the first goal, 52': 1 × 21.
        new("ex-8", "won", 1m, 21m, 20m, null),
        // Casemiro (by name) sat on the bench unused: the default starter rule refunds.
        new("ex-9", "refund", null, 10m, 0m, "did_not_start"),
        // Núñez came on at 60' (appearance rule, so the bet stands) and took no shot: total_shots 0.
        new("ex-10", "lost", 0m, 0m, -10m, null),
        // Both scored: 10 × 1.7.
        new("ex-11", "won", 1m, 17m, 7m, null),
        // Odds 0.9 are not decimal odds above 1.
        SettlementLine.Rejected("ex-12", "invalid_odds"),
        // "this line is not JSON": no bet_id could be read.
        SettlementLine.Rejected(null, "invalid_json"),
        // Liverpool's first-half yellow cards: FirstHalf yellow_cards [0, 1]; under 0.5 at 2.2.
        new("ex-14", "won", 0m, 22m, 12m, null),
    ];

    public static string[] Arguments(string bets, string? match = null) => ["grade", "--match", match ?? MatchPath, "--bets", bets];
}

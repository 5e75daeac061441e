namespace Proppr.Actors.Stats;

/// <summary>
/// One of a team's latest recorded matches, as the old crawler's <c>last_5_matches</c> listed it: the opponent, the
/// result (W, D or L) and the score from the team's side ("1-3": it scored 1 and let in 3), regulation time.
/// </summary>
public sealed record RecentMatch(long FixtureId, DateTimeOffset Kickoff, long OpponentId, string Opponent, bool Home, string Result, string Score)
{
    public static RecentMatch Of(long fixtureId, DateTimeOffset kickoff, long opponentId, string opponent, bool home, decimal scored, decimal conceded) =>
        new(fixtureId, kickoff, opponentId, opponent, home,
            scored > conceded ? "W" : scored < conceded ? "L" : "D",
            FormattableString.Invariant($"{scored:0}-{conceded:0}"));
}

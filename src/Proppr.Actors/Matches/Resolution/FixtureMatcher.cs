namespace Proppr.Actors.Matches.Resolution;

/// <summary>
/// Picks the FotMob match a query means: kickoff within the window, both teams alike in the same home/away order,
/// and the best pair clearly ahead of the next, by its names (<see cref="ScoreMargin"/>) or, names equal, by a kickoff
/// on another day (<see cref="KickoffMargin"/>). Ambiguity resolves nothing: a wrong fixture would grade bets on
/// another match, an unresolved one only waits.
/// </summary>
public sealed class FixtureMatcher(TimeSpan kickoffWindow, double minimumScore = 0.75)
{
    public static readonly FixtureMatcher Default = new(TimeSpan.FromDays(2));

    /// <summary>How much more alike the best pair of names must be than the next to win on names alone.</summary>
    public const double ScoreMargin = 0.05;

    /// <summary>
    /// Names alike, the nearer kickoff wins only when the other is this much further from the query: a league match and
    /// a cup tie days apart, not two matches of one evening (a provider's kickoff can be off by a few minutes or hours).
    /// </summary>
    public static readonly TimeSpan KickoffMargin = TimeSpan.FromHours(12);

    public FixtureMatch? Find(FixtureQuery query, IEnumerable<FixtureCandidate> candidates)
    {
        var home = TeamName.From(query.HomeTeam);
        var away = TeamName.From(query.AwayTeam);
        TimeSpan Distance(FixtureMatch match) => (match.Candidate.Kickoff - query.Kickoff).Duration();
        var ranked = candidates
            .Where(candidate => (candidate.Kickoff - query.Kickoff).Duration() <= kickoffWindow)
            .Select(candidate => new FixtureMatch(
                candidate,
                Math.Min(Score(home, candidate.HomeName, candidate.HomeLongName), Score(away, candidate.AwayName, candidate.AwayLongName))))
            .Where(match => match.Score >= minimumScore)
            .OrderByDescending(match => match.Score)
            .ThenBy(Distance)
            .Take(2)
            .ToList();
        return ranked switch
        {
            [] => null,
            [var only] => only,
            [var best, var next] when best.Score - next.Score >= ScoreMargin => best,
            [var best, var next] when Distance(next) - Distance(best) >= KickoffMargin => best,
            _ => null,
        };
    }

    private static double Score(TeamName name, string candidateName, string? candidateLongName) =>
        Math.Max(
            name.SimilarityTo(TeamName.From(candidateName)),
            candidateLongName is null ? 0 : name.SimilarityTo(TeamName.From(candidateLongName)));
}

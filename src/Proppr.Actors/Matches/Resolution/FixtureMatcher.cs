namespace Proppr.Actors.Matches.Resolution;

/// <summary>
/// Picks the FotMob match a query means: kickoff within the window, both teams alike in the same home/away order,
/// the best pair score clearly ahead of the next. Ambiguity resolves nothing: a wrong fixture would grade bets on
/// another match, an unresolved one only waits.
/// </summary>
public sealed class FixtureMatcher(TimeSpan kickoffWindow, double minimumScore = 0.75)
{
    public static readonly FixtureMatcher Default = new(TimeSpan.FromDays(2));

    public FixtureMatch? Find(FixtureQuery query, IEnumerable<FixtureCandidate> candidates)
    {
        var home = TeamName.From(query.HomeTeam);
        var away = TeamName.From(query.AwayTeam);
        var ranked = candidates
            .Where(candidate => (candidate.Kickoff - query.Kickoff).Duration() <= kickoffWindow)
            .Select(candidate => new FixtureMatch(
                candidate,
                Math.Min(Score(home, candidate.HomeName, candidate.HomeLongName), Score(away, candidate.AwayName, candidate.AwayLongName))))
            .Where(match => match.Score >= minimumScore)
            .OrderByDescending(match => match.Score)
            .ThenBy(match => (match.Candidate.Kickoff - query.Kickoff).Duration())
            .Take(2)
            .ToList();
        return ranked switch
        {
            [] => null,
            [var only] => only,
            [var best, var next] when best.Score > next.Score || best.Candidate.Kickoff != next.Candidate.Kickoff => best,
            _ => null,
        };
    }

    private static double Score(TeamName name, string candidateName, string? candidateLongName) =>
        Math.Max(
            name.SimilarityTo(TeamName.From(candidateName)),
            candidateLongName is null ? 0 : name.SimilarityTo(TeamName.From(candidateLongName)));
}

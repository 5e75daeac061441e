using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Fixtures;

namespace Proppr.Node.Api.Fixtures;

/// <summary>
/// What every fixture answer starts with: match state, clock, score, teams and kickoff as the fixture's actor holds
/// them now. The full fixture and the monitor's live row add their own fields to it.
/// </summary>
public record FixtureHeadline
{
    protected FixtureHeadline(FixtureView view)
    {
        FixtureId = view.FixtureId;
        Status = view.Status is { } status ? WireNames.FixtureStates.NameOf(status) : null;
        Clock = view.Clock?.ToString();
        Score = new ScoreResponse(view.Score.Home, view.Score.Away);
        Home = view.Home;
        Away = view.Away;
        Kickoff = view.Kickoff;
    }

    public long FixtureId { get; }
    public string? Status { get; }
    public string? Clock { get; }
    public ScoreResponse Score { get; }
    public string? Home { get; }
    public string? Away { get; }
    public DateTimeOffset? Kickoff { get; }
}

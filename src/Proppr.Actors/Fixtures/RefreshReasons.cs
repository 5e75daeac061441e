namespace Proppr.Actors.Fixtures;

/// <summary>Why a fixture last asked for its match data (<see cref="FixtureView.RefreshedBecause"/>).</summary>
public static class RefreshReasons
{
    /// <summary>Its own schedule (<see cref="PollSchedule"/>), a new bet or an operator's refresh.</summary>
    public const string Scheduled = "scheduled";

    /// <summary>The odds told of an event (<see cref="SignalledPolls"/>).</summary>
    public const string Odds = "odds";
}

using Akka.Hosting;
using Proppr.Actors.Matches.Resolution;
using Proppr.Node.Alerts;
using Proppr.Node.Api.Stream;

namespace Proppr.Node;

/// <summary>
/// The parts of a node that other components plug in, each optional. A node without a <see cref="FixtureSearch"/>
/// runs no fixture resolver: bets must then name their FotMob <c>fixture_id</c>.
/// </summary>
public sealed record NodeServices
{
    public static readonly NodeServices None = new();

    /// <summary>Where the fixture resolver looks for FotMob matches by team names and kickoff (FotMob's day listings).</summary>
    public Func<IActorRegistry, IFixtureSearch>? FixtureSearch { get; init; }

    /// <summary>Further critical conditions to alert on (the odds feed being down or stale, ...).</summary>
    public IReadOnlyList<Func<IServiceProvider, IAlertCondition>> AlertConditions { get; init; } = [];

    /// <summary>Further events for <c>/api/stream</c> (price drops, value bets, ...), merged with the bet events.</summary>
    public IReadOnlyList<Func<IServiceProvider, ILiveEventSource>> LiveEventSources { get; init; } = [];
}

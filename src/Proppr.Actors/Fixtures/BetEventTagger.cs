using System.Collections.Immutable;
using Akka.Persistence.Journal;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// Tags a fixture's bet events (<see cref="BetTracked"/>, <see cref="BetSettled"/>, <see cref="BetResettled"/>,
/// <see cref="BetClosingLine"/>) with
/// one tag as they are written, so the read model and the live feed follow every fixture's bets with one tag query
/// and see each bet before its settlements, in journal order. Bound to <see cref="IFixtureEvent"/> in <c>akka.hocon</c>.
/// </summary>
public sealed class BetEventTagger : IWriteEventAdapter
{
    public const string BetEventsTag = "bets";

    private static readonly ImmutableHashSet<string> Tags = [BetEventsTag];

    public string Manifest(object evt) => string.Empty;

    public object ToJournal(object evt) => evt is BetTracked or BetSettled or BetResettled or BetClosingLine ? new Tagged(evt, Tags) : evt;
}

using System.Collections.Immutable;
using Akka.Persistence.Journal;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// Tags settlement events (<c>settlement</c>) as they are written, so the read-model projection can follow every
/// fixture's settlements with one tag query. Bound to <see cref="IFixtureEvent"/> in <c>akka.hocon</c>.
/// </summary>
public sealed class SettlementTagger : IWriteEventAdapter
{
    public const string SettlementTag = "settlement";

    private static readonly ImmutableHashSet<string> Tags = [SettlementTag];

    public string Manifest(object evt) => string.Empty;

    public object ToJournal(object evt) => evt is BetSettled or BetResettled ? new Tagged(evt, Tags) : evt;
}

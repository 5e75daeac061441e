using System.Collections.Immutable;
using Akka.Persistence.Journal;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// Tags a fixture's bet events as they are written. Every bet event (<see cref="IBetEvent"/>) carries
/// <see cref="BetEventsTag"/>, so the read model and the live feed follow every fixture's bets with one tag query and
/// see each bet before its settlements, in journal order. Events that carry a settlement also carry
/// <see cref="SettlementTag"/> for projections that want only them. Tags share one column of the event row
/// (<c>tag-write-mode = Csv</c>), so the second tag costs no write. Bound to <see cref="IFixtureEvent"/> in <c>akka.hocon</c>.
/// </summary>
public sealed class BetEventTagger : IWriteEventAdapter
{
    public const string BetEventsTag = "bets";

    public const string SettlementTag = "settlement";

    private static readonly ImmutableHashSet<string> BetTags = [BetEventsTag];

    private static readonly ImmutableHashSet<string> SettlementTags = [BetEventsTag, SettlementTag];

    public string Manifest(object evt) => string.Empty;

    public object ToJournal(object evt) => evt switch
    {
        IBetEvent bet => new Tagged(evt, CarriesSettlements(bet) ? SettlementTags : BetTags),
        _ => evt,
    };

    // By type, not by looking inside: a round event with no settlement is never written.
    private static bool CarriesSettlements(IBetEvent bet) => bet is RoundSettled or BetSettled or BetResettled;
}

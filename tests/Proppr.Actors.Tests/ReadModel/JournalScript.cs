using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.ReadModel;

namespace Proppr.Actors.Tests.ReadModel;

/// <summary>
/// Feeds bet events straight into a <see cref="BetReadModelStore"/> as the projection would, at increasing journal
/// offsets with gaps (as other fixtures' untagged events leave them). <see cref="Applied"/> is the journal offset the
/// store is at; what a call answers is a position (<see cref="JournalPosition"/>).
/// </summary>
internal sealed class JournalScript(BetReadModelStore store)
{
    public static readonly DateTimeOffset WrittenAt = ReadModelSamples.Kickoff.AddHours(-1);

    private const long Gap = 3;

    public long Applied { get; private set; }

    public Task<long> TrackAsync(Bet bet) => AppendAsync(new BetTracked(bet.FixtureId!.Value, bet));

    public Task<long> SettleAsync(Settlement settlement, long fixture = ReadModelSamples.Fixture) =>
        AppendAsync(new BetSettled(fixture, settlement));

    public Task<long> ResettleAsync(Settlement settlement, long fixture = ReadModelSamples.Fixture) =>
        AppendAsync(new BetResettled(fixture, settlement));

    /// <summary>Applies the event at the next offset and answers the position of its first change (the read model's key).</summary>
    public async Task<long> AppendAsync(IBetEvent fixtureEvent)
    {
        var offset = Applied + Gap;
        Applied = await store.ApplyAsync(Applied, [new BetJournalEvent(offset, WrittenAt, fixtureEvent)], CancellationToken.None);
        return JournalPosition.Of(offset, 0);
    }
}

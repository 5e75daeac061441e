using Proppr.Actors.ReadModel;

namespace Proppr.Node.Api.Bets;

/// <summary>A bet's move to another fixture as the API shows it: from, to, the reason code and when.</summary>
public sealed record BetMoveEntry(long Offset, long FromFixtureId, long ToFixtureId, string Reason, DateTimeOffset MovedAt)
{
    public static BetMoveEntry From(BetMoveRecord record) =>
        new(record.Offset, record.FromFixtureId, record.ToFixtureId, record.Reason, record.MovedAt);
}

using System.Collections.Immutable;

namespace Proppr.Replay.Generation;

/// <summary>A generated match day: its fixtures in kickoff order.</summary>
public sealed record MatchDay(DateOnly Date, ImmutableArray<SyntheticMatch> Matches)
{
    public SyntheticMatch? Find(long matchId) => Matches.FirstOrDefault(m => m.MatchId == matchId);

    public SyntheticMatch? FindByOddsEvent(long oddsEventId) => Matches.FirstOrDefault(m => m.OddsEventId == oddsEventId);

    /// <summary>FotMob match id → odds event id: the mapping production must discover, exposed for tests and the demo.</summary>
    public ImmutableDictionary<long, long> OddsEventIds => Matches.ToImmutableDictionary(m => m.MatchId, m => m.OddsEventId);
}

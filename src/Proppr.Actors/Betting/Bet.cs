using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// A tracked bet as <c>spec/bets.md</c> defines it, already validated (see <see cref="BetReader"/>). Money is decimal.
/// </summary>
public sealed record Bet
{
    public required string BetId { get; init; }

    /// <summary>FotMob match id; null until fixture resolution finds it from <see cref="OddsEventId"/>.</summary>
    public long? FixtureId { get; init; }

    /// <summary>The odds provider's event id (the contract's <c>odds_fixture_id</c>).</summary>
    /// <remarks>Journals written before the rename carry it as <c>OddsFixtureId</c>.</remarks>
    [System.Text.Json.Serialization.JsonPropertyName("OddsFixtureId")]
    public string? OddsEventId { get; init; }
    public string? HomeTeam { get; init; }
    public string? AwayTeam { get; init; }
    public DateTimeOffset? Kickoff { get; init; }

    public required BetScope Scope { get; init; }
    public long? PlayerId { get; init; }
    public string? PlayerName { get; init; }

    /// <summary>
    /// The odds provider's id of the player: the intake takes <see cref="PlayerId"/> from the player mapping table when
    /// the bet does not give it (<see cref="Players.PlayerMappingStore"/>).
    /// </summary>
    public string? OddsPlayerId { get; init; }

    public required Market Market { get; init; }
    public BetPeriod Period { get; init; } = BetPeriod.FullTime;
    public required Selection Selection { get; init; }
    public Line? Line { get; init; }

    public required decimal Odds { get; init; }
    public required decimal Stake { get; init; }

    /// <summary>Null means the configured default (<see cref="SettlementPolicy.DefaultVoidRule"/>).</summary>
    public VoidRule? VoidRule { get; init; }

    public string? Source { get; init; }
    public string? Client { get; init; }
    public DateTimeOffset? PlacedAt { get; init; }

    /// <summary>
    /// A decision made before the bet came to Proppr (history imported from the old system): the bet is tracked as
    /// settled this way and never graded. Its money follows from stake and odds (<see cref="PriorSettlements"/>).
    /// </summary>
    public Settlement? PriorSettlement { get; init; }

    /// <summary>
    /// For a bet struck in play: the score when it was placed. An in-play Asian handicap counts only later goals.
    /// Stored by the fixture when it tracks the bet; not part of the input contract.
    /// </summary>
    public Score? ScoreAtPlacement { get; init; }
}

namespace Proppr.Actors.Betting.Contract;

/// <summary>
/// A bet read from its JSON, or why it could not be: a snake_case <see cref="Reason"/> for the settlement and a
/// sentence (<see cref="Detail"/>) for a person. <see cref="BetId"/> is set whenever one could be read.
/// </summary>
public sealed record BetReadResult
{
    public Bet? Bet { get; private init; }
    public string? BetId { get; private init; }
    public string? Reason { get; private init; }
    public string? Detail { get; private init; }

    public bool IsValid => Bet is not null;

    public static BetReadResult Valid(Bet bet) => new() { Bet = bet, BetId = bet.BetId };

    public static BetReadResult Invalid(string? betId, string reason, string detail) =>
        new() { BetId = betId, Reason = reason, Detail = detail };

    /// <summary>The rejection as a settlement, for outputs that answer every input line.</summary>
    public Settlement ToRejection() => Settlement.Rejected(BetId ?? "", Reason ?? SettlementReasons.InvalidBet);
}

namespace Proppr.Actors.Betting;

/// <summary>What the lineup rule says about a player prop: it stands, it is void (why), or it cannot tell yet.</summary>
internal readonly record struct ParticipationVerdict(bool Stands, string? VoidReason)
{
    public static readonly ParticipationVerdict Standing = new(true, null);
    public static readonly ParticipationVerdict Undecided = new(false, null);

    public static ParticipationVerdict Void(string reason) => new(false, reason);

    /// <summary>For a bet that does not stand: its refund, or null (pending) while undecided.</summary>
    public Decision? AsDecision => VoidReason is { } reason ? Decision.Refund(reason) : null;
}

namespace Proppr.Node.Api.Bets;

public enum IntakeStatus
{
    /// <summary>Its fixture journaled it.</summary>
    Accepted,

    /// <summary>The same bet was tracked before: acknowledged, nothing written.</summary>
    Duplicate,

    /// <summary>Kept by the fixture resolver until the match its odds event id means is found.</summary>
    PendingResolution,

    Rejected,

    /// <summary>The cluster did not confirm in time; sending it again is safe (a repeat is a duplicate).</summary>
    Unavailable,
}

/// <summary>What happened to the bet at <see cref="Index"/> of a request (its position, from 0).</summary>
public sealed record IntakeAnswer(int Index, string? BetId, IntakeStatus Status, long? FixtureId = null, string? Reason = null, string? Detail = null);

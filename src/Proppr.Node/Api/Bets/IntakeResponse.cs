namespace Proppr.Node.Api.Bets;

/// <summary>The answer to <c>POST /api/bets</c>: how many bets ended which way, and each bet's answer in request order.</summary>
public sealed record IntakeResponse(int Accepted, int Duplicate, int PendingResolution, int Rejected, int Unavailable, IReadOnlyList<IntakeAnswer> Results)
{
    public static IntakeResponse From(IReadOnlyList<IntakeAnswer> answers)
    {
        int Count(IntakeStatus status) => answers.Count(a => a.Status == status);
        return new IntakeResponse(
            Count(IntakeStatus.Accepted),
            Count(IntakeStatus.Duplicate),
            Count(IntakeStatus.PendingResolution),
            Count(IntakeStatus.Rejected),
            Count(IntakeStatus.Unavailable),
            answers);
    }
}

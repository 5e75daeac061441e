namespace Proppr.Actors.Betting;

/// <summary>
/// Money for an outcome (<c>spec/settlement-rules.md</c>, Money): returns R = S·vf + S·(1−vf)·(won ? dhf·O : 0) and
/// profit R − S, computed exactly in decimal and rounded only at the end, half away from zero, to 2 places.
/// </summary>
internal static class Payout
{
    public static (decimal Returns, decimal ProfitLoss) For(decimal stake, decimal odds, Outcome outcome)
    {
        var returns = stake * outcome.VoidFactor +
                      stake * (1m - outcome.VoidFactor) * (outcome.Won ? outcome.DeadHeatFactor * odds : 0m);
        return (Round(returns), Round(returns - stake));
    }

    private static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}

namespace Proppr.Actors.Betting;

/// <summary>
/// Decides an over/under on a count (<c>spec/settlement-rules.md</c>, When a bet is decided). Counts only grow, so the
/// final count lies between the count so far and, until the count is final, anything above it: the bet is decided
/// when every count in that range settles it the same way. So OVER is won and UNDER lost as soon as the count passes
/// the upper split line, UNDER is won only when the count is final, and a whole or quarter line that is only partly
/// decided waits. A count the data cannot give waits for the final whistle, is decided there if its bounds agree, and
/// is otherwise refunded.
/// </summary>
internal static class OverUnder
{
    /// <param name="countIsFinal">The count can no longer change (its window ended, or the player left for good).</param>
    /// <param name="matchFinished">The match is over, so whole-match bounds are final too.</param>
    public static Decision? Decide(Bet bet, StatCount count, bool countIsFinal, bool matchFinished)
    {
        if (count.Exact is { } soFar)
        {
            return DecideWithin(bet, soFar, countIsFinal ? soFar : null, soFar);
        }
        if (!matchFinished)
        {
            return null;
        }
        var bounded = count.AtMost is { } atMost ? DecideWithin(bet, 0m, atMost, actualValue: null) : null;
        return bounded ?? Decision.Refund(count.UnavailableReason!);
    }

    /// <param name="highest">The highest the count can still be; null when it can still grow without limit.</param>
    private static Decision? DecideWithin(Bet bet, decimal lowest, decimal? highest, decimal? actualValue)
    {
        var line = bet.Line!.Value;
        var atLowest = LineResolver.Total(line, bet.Selection, lowest);
        var atHighest = highest is { } high
            ? LineResolver.Total(line, bet.Selection, high)
            : bet.Selection == Selection.Over ? Outcome.Win : Outcome.Loss;
        return atLowest == atHighest ? Decision.Of(atLowest, actualValue) : null;
    }
}

using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Matches;

namespace Proppr.Cli;

/// <summary>
/// Grades bet lines against one match: every non-blank line gives exactly one settlement, bad lines a rejection.
/// A repeated bet id with the same content repeats its settlement; with other content it is rejected.
/// </summary>
public sealed class BetFileGrader(MatchSnapshot match, Settler settler, DateTimeOffset now)
{
    private readonly Dictionary<string, (Bet Bet, Settlement Settlement)> _seen = new(StringComparer.Ordinal);

    public IEnumerable<Settlement> Grade(IEnumerable<string> lines) =>
        lines.Where(line => !string.IsNullOrWhiteSpace(line)).Select(GradeLine);

    private Settlement GradeLine(string line)
    {
        var read = BetReader.ReadLine(line);
        if (read.Bet is not { } bet)
        {
            return read.ToRejection();
        }
        if (_seen.TryGetValue(bet.BetId, out var earlier))
        {
            return earlier.Bet == bet ? earlier.Settlement : Settlement.Rejected(bet.BetId, "duplicate_bet_id");
        }
        var settlement = BetValidator.Validate(bet) is { } reason
            ? Settlement.Rejected(bet.BetId, reason)
            : settler.Settle(bet, match, now);
        _seen[bet.BetId] = (bet, settlement);
        return settlement;
    }
}

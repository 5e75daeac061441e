using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Matches;

namespace Proppr.Cli;

/// <summary>
/// Grades bet lines against one match: every non-blank line gives exactly one settlement, bad lines a rejection.
/// A repeated bet id with the same content repeats its settlement; with other content it is rejected. A bet with a
/// <c>placed_at</c> carries the score it was struck at, read from the match, as a fixture stores it when the bet arrives.
/// </summary>
public sealed class BetFileGrader(MatchDetails match, Settler settler, DateTimeOffset now)
{
    private readonly Dictionary<string, (Bet Bet, int LineNumber, Settlement Settlement)> _seen = new(StringComparer.Ordinal);

    public IEnumerable<GradedLine> Grade(IEnumerable<string> lines) =>
        lines.Select((line, index) => (Line: line, Number: index + 1))
            .Where(numbered => !string.IsNullOrWhiteSpace(numbered.Line))
            .Select(numbered => GradeLine(numbered.Line, numbered.Number));

    private GradedLine GradeLine(string line, int number)
    {
        var read = BetReader.ReadLine(line);
        if (read.Bet is not { } bet)
        {
            return new GradedLine(number, read.ToRejection(), read.Detail);
        }
        if (_seen.TryGetValue(bet.BetId, out var earlier))
        {
            return earlier.Bet == bet
                ? new GradedLine(number, earlier.Settlement)
                : new GradedLine(number, Settlement.Rejected(bet.BetId, SettlementReasons.DuplicateBetId),
                    $"bet_id {bet.BetId} was already used on line {earlier.LineNumber} for a different bet");
        }
        var settlement = settler.Settle(bet, match, now);
        _seen[bet.BetId] = (bet, number, settlement);
        return new GradedLine(number, settlement, PlacementNote(bet));
    }

    /// <summary>
    /// The rule reads an in-play handicap's score at placement from the match; when the match cannot place the moment,
    /// every goal counts, and the line says so.
    /// </summary>
    private string? PlacementNote(Bet bet) =>
        bet.Market == Market.AsianHandicap && bet.ScoreAtPlacement is null && bet.PlacedAt is { } placedAt && PlacementScore.At(match, placedAt) is null
            ? $"placed_at {placedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} cannot be put on the match clock (the payload gives no kickoff time for that period), so every goal of the period counts"
            : null;
}

using System.CommandLine;
using System.Globalization;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Matches.FotMob;

namespace Proppr.Cli;

/// <summary>
/// <c>proppr grade --match FILE --bets FILE</c>: settles a file of bets (JSON lines) against one FotMob match-details
/// payload with the cluster's own rules, one settlement line per bet line, in order. Exit 0 when the match file could
/// be read, 2 when it could not.
/// </summary>
public static class GradeCommand
{
    public const int MatchUnreadable = 2;

    public static Command Create()
    {
        var match = new Option<FileInfo>("--match") { Description = "FotMob match-details JSON (bare or in pageProps)", Required = true };
        var bets = new Option<FileInfo>("--bets") { Description = "bets, one JSON object per line (spec/bets.md)", Required = true };
        var voidRule = new Option<string>("--void-rule")
        {
            Description = "participation rule for player props that name none: starter or appearance",
            DefaultValueFactory = _ => "starter",
        };
        var now = new Option<DateTimeOffset?>("--now")
        {
            Description = "the time to grade at (ISO-8601; default: the clock), e.g. for the postponement window",
        };
        var command = new Command("grade", "settle a file of bets against one match payload") { match, bets, voidRule, now };
        command.SetAction(parse => Run(
            parse.GetValue(match)!,
            parse.GetValue(bets)!,
            parse.GetValue(voidRule)!,
            parse.GetValue(now) ?? DateTimeOffset.UtcNow,
            Console.Out,
            Console.Error));
        return command;
    }

    public static int Run(FileInfo matchFile, FileInfo betsFile, string voidRuleName, DateTimeOffset now, TextWriter output, TextWriter errors)
    {
        if (!WireNames.VoidRules.TryParse(voidRuleName, out var voidRule))
        {
            errors.WriteLine($"--void-rule must be one of {string.Join(", ", WireNames.VoidRules.Names)}");
            return 1;
        }
        Actors.Matches.MatchSnapshot snapshot;
        try
        {
            snapshot = FotMobParser.Parse(File.ReadAllText(matchFile.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FotMobFormatException)
        {
            errors.WriteLine($"cannot read the match file {matchFile.FullName}: {e.Message}");
            return MatchUnreadable;
        }
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(betsFile.FullName);
        }
        catch (IOException e)
        {
            errors.WriteLine($"cannot read the bets file {betsFile.FullName}: {e.Message}");
            return 1;
        }
        var grader = new BetFileGrader(snapshot, new Settler(SettlementPolicy.Default with { DefaultVoidRule = voidRule }), now);
        foreach (var settlement in grader.Grade(lines))
        {
            output.WriteLine(SettlementWriter.ToJsonLine(settlement));
        }
        return 0;
    }
}

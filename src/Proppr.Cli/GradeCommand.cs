using System.CommandLine;
using System.Text;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;

namespace Proppr.Cli;

/// <summary>
/// <c>proppr grade --match FILE --bets FILE</c>: settles a file of bets (JSON lines; <c>-</c> for standard input)
/// against one FotMob match-details payload with the cluster's own rules, one settlement line per bet line, in order,
/// on standard output; what is wrong with a rejected line, or worth knowing about a graded one, goes to standard error. Exit 0 when the match file could be
/// read, 2 when it could not, 1 for a bets file that cannot be read or a bad option.
/// </summary>
public static class GradeCommand
{
    public const int MatchUnreadable = 2;
    public const int BadInput = 1;
    public const string StandardInput = "-";

    public static Command Create()
    {
        // Not Required: a missing match file exits 2 like an unreadable one (spec/bets.md), not 1 like other usage errors.
        var match = new Option<FileInfo>("--match") { Description = "FotMob match-details JSON (bare or in pageProps); required" };
        var bets = new Option<string>("--bets")
        {
            Description = "bets, one JSON object per line (spec/bets.md); - reads them from standard input",
            Required = true,
        };
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
            new GradeRequest(parse.GetValue(match), parse.GetValue(bets)!, parse.GetValue(voidRule)!, parse.GetValue(now) ?? DateTimeOffset.UtcNow),
            Console.OpenStandardInput,
            Console.Out,
            Console.Error));
        return command;
    }

    /// <param name="openStandardInput">Opened only when the bets come from standard input.</param>
    public static int Run(GradeRequest request, Func<Stream> openStandardInput, TextWriter output, TextWriter errors)
    {
        if (!WireNames.VoidRules.TryParse(request.VoidRule, out var voidRule))
        {
            errors.WriteLine($"--void-rule must be one of {string.Join(", ", WireNames.VoidRules.Names)}");
            return BadInput;
        }
        if (ReadMatch(request.MatchFile, errors) is not { } match)
        {
            return MatchUnreadable;
        }
        var grader = new BetFileGrader(match, new Settler(SettlementPolicy.Default with { DefaultVoidRule = voidRule }), request.Now);
        var source = request.BetsPath == StandardInput ? "standard input" : $"the bets file {Path.GetFullPath(request.BetsPath)}";
        try
        {
            using var bets = request.BetsPath == StandardInput
                ? new StreamReader(openStandardInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true)
                : new StreamReader(request.BetsPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            foreach (var graded in grader.Grade(Lines(bets)))
            {
                output.WriteLine(SettlementWriter.ToJsonLine(graded.Settlement));
                ReportProblem(graded, errors);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"cannot read {source}: {e.Message}");
            return BadInput;
        }
        return 0;
    }

    private static MatchDetails? ReadMatch(FileInfo? file, TextWriter errors)
    {
        if (file is null)
        {
            errors.WriteLine("--match is required: the FotMob match-details payload to grade the bets against");
            return null;
        }
        try
        {
            return FotMobParser.Parse(File.ReadAllText(file.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"cannot read the match file {file.FullName}: {e.Message}");
            return null;
        }
        catch (FotMobFormatException e)
        {
            errors.WriteLine($"the match file {file.FullName} is not a FotMob match-details payload: {e.Message}");
            return null;
        }
    }

    private static IEnumerable<string> Lines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static void ReportProblem(GradedLine graded, TextWriter errors)
    {
        var settlement = graded.Settlement;
        var bet = string.IsNullOrEmpty(settlement.BetId) ? "" : $" ({settlement.BetId})";
        if (settlement.Status == SettlementStatus.Rejected)
        {
            var problem = graded.Problem is { } sentence ? $": {sentence}" : "";
            errors.WriteLine($"line {graded.LineNumber}{bet} rejected, {settlement.Reason}{problem}");
        }
        else if (graded.Problem is { } note)
        {
            errors.WriteLine($"line {graded.LineNumber}{bet}: {note}");
        }
    }
}

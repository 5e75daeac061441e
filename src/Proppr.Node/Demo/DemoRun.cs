namespace Proppr.Node.Demo;

/// <summary>
/// <c>--demo</c>: starts the demo, prints where the bet monitor is, replays the day, prints the settlement and P&amp;L
/// summary, then exits (0 when every tracked bet was decided) or, with <c>--keep-serving</c>, serves until stopped.
/// </summary>
public static class DemoRun
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        DemoOptions options;
        try
        {
            options = DemoOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await errors.WriteLineAsync(e.Message);
            return 2;
        }
        await using var session = await DemoSession.StartAsync(options, CancellationToken.None);
        session.PrintStart(output);
        DemoReport report;
        try
        {
            report = await session.RunDayAsync(output, session.Node.Lifetime.ApplicationStopping);
        }
        catch (OperationCanceledException)
        {
            await errors.WriteLineAsync("Demo stopped.");
            return 130;
        }
        report.Print(output);
        if (options.KeepServing)
        {
            output.WriteLine($"Still serving the bet monitor at {session.MonitorUrl} (Ctrl+C stops).");
            await session.Node.WaitForShutdownAsync();
        }
        return report.Undecided == 0 ? 0 : 1;
    }
}

namespace Proppr.Node.Tests.Demo;

/// <summary>
/// One demo day, run once for <see cref="MessyDayTests"/>: every feed quirk in at least one match (one match cancelled,
/// one abandoned, one postponed and still inside its 48-hour window), each FotMob shape era on a played match, every
/// correction late (published between the first check and the 2-hour one).
/// </summary>
public sealed class MessyDay : IAsyncLifetime
{
    public DemoCheck Check { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Check = await DemoCheck.RunAsync(
            "--fixtures", "6", "--bets", "300", "--speed", "600", "--seed", "11", "--quirks", "every", "--late-corrections", "1",
            "--postponed-in-window");

    public async Task DisposeAsync() => await Check.DisposeAsync();
}

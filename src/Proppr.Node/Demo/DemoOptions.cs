using System.Globalization;

namespace Proppr.Node.Demo;

/// <summary>
/// What <c>--demo</c> runs: how many fixtures and bets, how fast the replayed day goes, its seed, and whether the node
/// keeps serving after the summary. <see cref="NodeArgs"/> are the other arguments, handed to the node as they are
/// (<c>--Urls=http://127.0.0.1:5090</c>, <c>--Logging:LogLevel:Default=Information</c>, ...).
/// </summary>
public sealed record DemoOptions
{
    public const string Flag = "--demo";

    public int Fixtures { get; init; } = 12;

    public int Bets { get; init; } = 3000;

    /// <summary>Match-day minutes per real minute: at 120 a match takes under a minute, the day about six.</summary>
    public double Speed { get; init; } = 120;

    public int Seed { get; init; } = 7;

    public bool KeepServing { get; init; }

    /// <summary>
    /// <c>--postponed-in-window</c>: the postponed match was due on the day, so its bets stay pending inside the rules'
    /// 48-hour window; by default it was due three days earlier and its bets are refunded.
    /// </summary>
    public bool PostponedInWindow { get; init; }

    /// <summary>How often the feed's quirks happen: <c>--quirks realistic</c> (default), <c>none</c> or <c>every</c> (each at least once).</summary>
    public Replay.Generation.FeedQuirkRates Quirks { get; init; } = Replay.Generation.FeedQuirkRates.Realistic;

    /// <summary>
    /// <c>--eras realistic|latest|every</c>: the FotMob shape eras of the matches; unset, they follow <c>--quirks</c>
    /// (<c>none</c> writes the 2024/25 shape alone).
    /// </summary>
    public Replay.Generation.FotMobEraMix? Eras { get; init; }

    /// <summary><c>--late-corrections SHARE</c>: the share of corrections published after the first correction check.</summary>
    public double LateCorrectionShare { get; init; } = new Replay.Generation.MatchDayOptions().LateCorrectionShare;
    /// <summary>How far behind the match FotMob and the odds feed are, in match-day time (docs/decisions/2026-12-07-provider-delays.md).</summary>
    public Replay.Server.ProviderDelays Delays { get; init; } = Replay.Server.ProviderDelays.Realistic;

    /// <summary>Where the node's SQLite file goes; null for a fresh folder under <c>./data/demo</c>.</summary>
    public string? DataDirectory { get; init; }

    public IReadOnlyList<string> NodeArgs { get; init; } = [];

    public static bool Requested(IEnumerable<string> args) => args.Contains(Flag, StringComparer.Ordinal);

    /// <summary>
    /// Reads <c>--fixtures N</c>, <c>--bets N</c>, <c>--speed X</c>, <c>--seed N</c>, <c>--quirks MODE</c>, <c>--eras MODE</c>,
    /// <c>--late-corrections SHARE</c>, <c>--fotmob-delay S</c> and <c>--odds-delay S</c> (seconds of match-day time), or
    /// <c>--name=value</c>, and <c>--keep-serving</c>.
    /// </summary>
    public static DemoOptions Parse(IReadOnlyList<string> args)
    {
        var options = new DemoOptions();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], null);
            string Value() => inline ?? (i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value"));
            options = name switch
            {
                Flag => options,
                "--keep-serving" => options with { KeepServing = true },
                "--postponed-in-window" => options with { PostponedInWindow = true },
                "--fixtures" => options with { Fixtures = Whole(name, Value(), 1, Replay.Generation.MatchDayOptions.MaxFixtures) },
                "--bets" => options with { Bets = Whole(name, Value(), 1, 100_000) },
                "--seed" => options with { Seed = Whole(name, Value(), 0, int.MaxValue) },
                "--speed" => options with { Speed = SpeedFrom(Value()) },
                "--quirks" => options with { Quirks = QuirksFrom(Value()) },
                "--eras" => options with { Eras = ErasFrom(Value()) },
                "--late-corrections" => options with { LateCorrectionShare = ShareFrom(name, Value()) },
                "--fotmob-delay" => options with { Delays = options.Delays with { FotMob = TimeSpan.FromSeconds(Whole(name, Value(), 0, 600)) } },
                "--odds-delay" => options with { Delays = options.Delays with { Odds = TimeSpan.FromSeconds(Whole(name, Value(), 0, 600)) } },
                _ => Keep(options, rest, args[i]),
            };
        }
        return options with { NodeArgs = rest };
    }

    private static DemoOptions Keep(DemoOptions options, List<string> rest, string arg)
    {
        rest.Add(arg);
        return options;
    }

    private static int Whole(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}, not '{text}'");

    private static Replay.Generation.FeedQuirkRates QuirksFrom(string text) => text switch
    {
        "realistic" => Replay.Generation.FeedQuirkRates.Realistic,
        "none" => Replay.Generation.FeedQuirkRates.None,
        "every" => Replay.Generation.FeedQuirkRates.Every,
        _ => throw new ArgumentException($"--quirks must be realistic, none or every, not '{text}'"),
    };

    private static Replay.Generation.FotMobEraMix ErasFrom(string text) => text switch
    {
        "realistic" => Replay.Generation.FotMobEraMix.Realistic,
        "latest" => Replay.Generation.FotMobEraMix.Latest,
        "every" => Replay.Generation.FotMobEraMix.Every,
        _ => throw new ArgumentException($"--eras must be realistic, latest or every, not '{text}'"),
    };

    private static double ShareFrom(string name, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : throw new ArgumentException($"{name} must be a share from 0 to 1, not '{text}'");

    private static double SpeedFrom(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 3600
            ? value
            : throw new ArgumentException($"--speed must be a number from 1 to 3600 (match-day minutes per real minute), not '{text}'");
}

using Proppr.Actors.Matches.Resolution;

namespace Proppr.Actors.Ledger;

/// <summary>
/// Where the ledger goes and how hard it works, from configuration. Without a spreadsheet id and a credentials path
/// the ledger is off.
/// </summary>
public sealed record LedgerOptions
{
    public static readonly LedgerOptions Off = new();

    public string? SpreadsheetId { get; init; }

    /// <summary>The tab the ledger writes in Proppr's layout; created by hand in the spreadsheet.</summary>
    public string SheetName { get; init; } = "Ledger";

    /// <summary>
    /// <see cref="LedgerLayoutName.Proppr"/> (the default): every bet on <see cref="SheetName"/>.
    /// <see cref="LedgerLayoutName.PropprV1"/>: the original PROPPR sheets, a tab per bot type (<see cref="V1Tabs"/>).
    /// </summary>
    public LedgerLayoutName Layout { get; init; } = LedgerLayoutName.Proppr;

    /// <summary>
    /// For the old layout: which tab takes the bets of which source (bot type). A source not named here has no tab
    /// in the old spreadsheet, as the old system had none for it. Configured entries replace the defaults.
    /// </summary>
    public IReadOnlyDictionary<string, string> V1Tabs { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["player"] = "player",
        ["team"] = "team",
        ["cerebro"] = "cerebro",
    };

    /// <summary>The tabs the ledger keeps, each with the sources it takes.</summary>
    public IReadOnlyList<LedgerTab> Tabs => Layout switch
    {
        LedgerLayoutName.Proppr => [new LedgerTab(SheetName, LedgerLayout.Proppr)],
        LedgerLayoutName.PropprV1 => [.. V1Tabs
            .GroupBy(entry => entry.Value, entry => entry.Key, StringComparer.Ordinal)
            .OrderBy(tab => tab.Key, StringComparer.Ordinal)
            .Select(tab => new LedgerTab(tab.Key, LedgerLayout.PropprV1, tab.ToHashSet(StringComparer.Ordinal)))],
        _ => throw new ArgumentOutOfRangeException(nameof(Layout), Layout, "unknown ledger layout"),
    };

    /// <summary>The service account's JSON key file; the spreadsheet must be shared with its <c>client_email</c>.</summary>
    public string? CredentialsPath { get; init; }

    /// <summary>The OAuth token endpoint; null takes the key file's <c>token_uri</c>, else Google's.</summary>
    public Uri? TokenEndpoint { get; init; }

    public Uri SheetsBaseUrl { get; init; } = new("https://sheets.googleapis.com/");

    /// <summary>Time between cycles when all is well.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Settlements taken from the read model per cycle (written in one append and one batch update).</summary>
    public int SettlementsPerCycle { get; init; } = 500;

    /// <summary>Rows verified against the sheet per cycle, those checked longest ago first.</summary>
    public int ChecksPerCycle { get; init; } = 50;

    /// <summary>The most rows one verification read may span (the oldest rows may lie far apart).</summary>
    public int MaxCheckSpan { get; init; } = 200;

    /// <summary>Wait after a failed cycle (a 429, the API unreachable), doubling up to <see cref="MaxRetryWait"/>.</summary>
    public TimeSpan RetryWait { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromMinutes(15);

    public TimeSpan MaxPermitWait { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SpreadsheetId) && !string.IsNullOrWhiteSpace(CredentialsPath);

    public RetryBackoff Backoff => new(RetryWait, MaxRetryWait);

    /// <summary>Names a tab's rows in the ledger table, so pointing the config at another sheet starts afresh.</summary>
    public string LedgerKey(LedgerTab tab) => $"{SpreadsheetId}/{tab.Name}";
}

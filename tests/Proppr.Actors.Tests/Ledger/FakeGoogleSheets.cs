using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Ledger;

/// <summary>
/// Google on loopback, for the ledger's real client: the OAuth token endpoint (it checks the service account's signed
/// JWT against the test key's public half and hands out bearer tokens) and the three Sheets v4 values calls on one
/// spreadsheet with the tabs it was started with (<see cref="TabName"/> unless told), each an in-memory grid; a range
/// on any other tab is refused, as Google refuses it. Tests edit the grid by hand and can make the next calls 429.
/// </summary>
internal sealed partial class FakeGoogleSheets : IAsyncDisposable
{
    public const string SpreadsheetId = "sheet-1";
    public const string TabName = "Ledger";

    private const string GoogleAudience = "https://oauth2.googleapis.com/token";

    private readonly object _gate = new();
    private readonly Dictionary<string, List<List<JsonNode?>>> _grids;
    private readonly ConcurrentDictionary<string, bool> _tokens = new();
    private readonly ConcurrentQueue<(DateTimeOffset At, int Status, string Call)> _sheetCalls = new();
    private readonly RSA _publicKey;
    private readonly string _clientEmail;
    private LoopbackServer _server = null!;
    private int _throttleNext;
    private TimeSpan _retryAfter;

    private FakeGoogleSheets(RSA publicKey, string clientEmail, IEnumerable<string> tabs)
    {
        _publicKey = publicKey;
        _clientEmail = clientEmail;
        _grids = tabs.ToDictionary(tab => tab, _ => new List<List<JsonNode?>>(), StringComparer.Ordinal);
    }

    public Uri BaseUrl => _server.BaseUrl;

    public Uri TokenEndpoint => new(_server.BaseUrl, "token");

    public int TokensIssued => _tokens.Count;

    /// <summary>Every Sheets call: when it arrived, the status it got, and what it was ("POST /v4/.../values/'Ledger'!A:M:append").</summary>
    public IReadOnlyList<(DateTimeOffset At, int Status, string Call)> SheetCalls => [.. _sheetCalls];

    public static async Task<FakeGoogleSheets> StartAsync(TestServiceAccount account, params string[] tabs)
    {
        var fake = new FakeGoogleSheets(account.PublicKey, TestServiceAccount.ClientEmail, tabs.Length > 0 ? tabs : [TabName]);
        fake._server = await LoopbackServer.StartAsync(routes =>
        {
            routes.MapPost("/token", fake.IssueTokenAsync);
            routes.Map("/v4/spreadsheets/{**rest}", fake.HandleSheetsAsync);
        });
        return fake;
    }

    /// <summary>The next <paramref name="count"/> Sheets calls are answered 429 with this Retry-After.</summary>
    public void ThrottleNext(int count, TimeSpan retryAfter)
    {
        _retryAfter = retryAfter;
        Interlocked.Exchange(ref _throttleNext, count);
    }

    /// <summary>The <see cref="TabName"/> grid as text, row 1 first, trailing empty cells and rows dropped (as values.get shows it).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => RowsOf(TabName);

    /// <summary>One tab's grid as text, as <see cref="Rows"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> RowsOf(string tab)
    {
        lock (_gate)
        {
            return [.. Trimmed(_grids[tab].Select(row => (IReadOnlyList<string>)[.. Trimmed(row.Select(Text).ToList(), c => c.Length == 0)]).ToList(), r => r.Count == 0)];
        }
    }

    /// <summary>A person types into one cell (1-based row, 0-based column).</summary>
    public void Type(int row, int column, string value) => Edit(() => Cell(_grids[TabName], row, column, JsonValue.Create(value)));

    /// <summary>A person empties a whole row of a tab.</summary>
    public void ClearRow(int row, string tab = TabName) => Edit(() => RowAt(_grids[tab], row).Clear());

    /// <summary>A person deletes a row: the rows below move up.</summary>
    public void DeleteRow(int row) => Edit(() => _grids[TabName].RemoveAt(row - 1));

    private void Edit(Action change)
    {
        lock (_gate)
        {
            change();
        }
    }

    // ---- OAuth ----

    private async Task IssueTokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var refusal = form["grant_type"] != "urn:ietf:params:oauth:grant-type:jwt-bearer" ? "grant_type" : Refusal(form["assertion"].ToString());
        if (refusal is not null)
        {
            await Reply(context, 400, new JsonObject { ["error"] = "invalid_grant", ["error_description"] = refusal });
            return;
        }
        var token = "token-" + Guid.NewGuid().ToString("N");
        _tokens[token] = true;
        await Reply(context, 200, new JsonObject { ["access_token"] = token, ["token_type"] = "Bearer", ["expires_in"] = 3600 });
    }

    /// <summary>
    /// Why the assertion is refused, or null for an RS256 JWT signed by the service account's key, from its email,
    /// for the spreadsheets scope, addressed to Google's token service (the audience Google requires, wherever it is posted).
    /// </summary>
    private string? Refusal(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3 ||
            !_publicKey.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            return "bad signature";
        }
        using var payload = JsonDocument.Parse(Base64Url(parts[1]));
        var claims = payload.RootElement;
        string? Claim(string name) => claims.TryGetProperty(name, out var value) ? value.GetString() : null;
        return Claim("iss") != _clientEmail ? $"iss {Claim("iss")}"
            : Claim("scope")?.Contains("https://www.googleapis.com/auth/spreadsheets", StringComparison.Ordinal) != true ? $"scope {Claim("scope")}"
            : Claim("aud") != GoogleAudience ? $"aud {Claim("aud")}"
            : null;
    }

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
    }

    // ---- Sheets values ----

    private async Task HandleSheetsAsync(HttpContext context)
    {
        // Stamped on arrival: a call that comes after a 429 is seen later than the 429 was asked, never earlier.
        var arrived = DateTimeOffset.UtcNow;
        var path = context.Request.Path.Value!;
        var status = await AnswerAsync(context, path);
        _sheetCalls.Enqueue((arrived, status, $"{context.Request.Method} {path}"));
    }

    private async Task<int> AnswerAsync(HttpContext context, string path)
    {
        var bearer = context.Request.Headers.Authorization.ToString();
        if (!bearer.StartsWith("Bearer ", StringComparison.Ordinal) || !_tokens.ContainsKey(bearer["Bearer ".Length..]))
        {
            return await Reply(context, 401, new JsonObject { ["error"] = "unauthenticated" });
        }
        if (Interlocked.Decrement(ref _throttleNext) >= 0)
        {
            context.Response.Headers.RetryAfter = ((int)_retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return await Reply(context, 429, new JsonObject { ["error"] = "RESOURCE_EXHAUSTED" });
        }
        Interlocked.Exchange(ref _throttleNext, 0);
        var prefix = $"/v4/spreadsheets/{SpreadsheetId}/values";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return await Reply(context, 404, new JsonObject { ["error"] = "no such spreadsheet" });
        }
        var rest = path[prefix.Length..];
        var body = context.Request.Method == "POST" ? JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync()) : null;
        JsonObject answer;
        lock (_gate)
        {
            try
            {
                answer = rest switch
                {
                    ":batchUpdate" => BatchUpdate(body!),
                    _ when rest.EndsWith(":append", StringComparison.Ordinal) => Append(RangeOnATab(rest[1..^":append".Length]), body!),
                    _ when context.Request.Method == "GET" => Get(RangeOnATab(rest[1..])),
                    _ => new JsonObject { ["error"] = "not found" },
                };
            }
            catch (FormatException e)
            {
                answer = new JsonObject { ["error"] = $"Unable to parse range: {e.Message}" };
            }
        }
        return await Reply(context, answer.ContainsKey("error") ? 400 : 200, answer);
    }

    private Range RangeOnATab(string a1)
    {
        var range = Range.Parse(a1);
        return _grids.ContainsKey(range.Tab) ? range : throw new FormatException($"no tab '{range.Tab}' in {a1}");
    }

    private JsonObject Get(Range range)
    {
        var grid = _grids[range.Tab];
        var last = range.LastRow ?? grid.Count;
        var rows = new JsonArray();
        for (var row = range.FirstRow; row <= last; row++)
        {
            var cells = row <= grid.Count ? grid[row - 1] : [];
            rows.Add(new JsonArray([.. Trimmed(Enumerable.Range(range.FirstColumn, range.LastColumn - range.FirstColumn + 1)
                .Select(c => c < cells.Count ? cells[c]?.DeepClone() : null).ToList(), c => Text(c).Length == 0)
                .Select(c => c ?? JsonValue.Create(""))]));
        }
        var trimmed = Trimmed(rows.Select(r => r!).ToList(), r => r.AsArray().Count == 0);
        return new JsonObject { ["values"] = new JsonArray([.. trimmed.Select(r => r.DeepClone())]) };
    }

    /// <summary>Like the real API: the rows go after the last non-empty row of the table.</summary>
    private JsonObject Append(Range range, JsonNode body)
    {
        var grid = _grids[range.Tab];
        var values = body["values"]!.AsArray();
        var first = LastUsedRow(grid) + 1;
        for (var i = 0; i < values.Count; i++)
        {
            WriteRow(grid, first + i, range.FirstColumn, values[i]!.AsArray());
        }
        var written = $"{Quoted(range.Tab)}!A{first}:{(char)('A' + range.LastColumn)}{first + values.Count - 1}";
        return new JsonObject
        {
            ["spreadsheetId"] = SpreadsheetId,
            ["updates"] = new JsonObject { ["updatedRange"] = written, ["updatedRows"] = values.Count },
        };
    }

    private JsonObject BatchUpdate(JsonNode body)
    {
        if (body["valueInputOption"]?.GetValue<string>() != "RAW")
        {
            return new JsonObject { ["error"] = "valueInputOption must be RAW" };
        }
        foreach (var data in body["data"]!.AsArray())
        {
            var range = RangeOnATab(data!["range"]!.GetValue<string>());
            var values = data["values"]!.AsArray();
            for (var i = 0; i < values.Count; i++)
            {
                WriteRow(_grids[range.Tab], range.FirstRow + i, range.FirstColumn, values[i]!.AsArray());
            }
        }
        return new JsonObject { ["spreadsheetId"] = SpreadsheetId };
    }

    private static void WriteRow(List<List<JsonNode?>> grid, int row, int firstColumn, JsonArray cells)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            Cell(grid, row, firstColumn + c, cells[c]?.DeepClone());
        }
    }

    private static int LastUsedRow(List<List<JsonNode?>> grid)
    {
        for (var row = grid.Count; row >= 1; row--)
        {
            if (grid[row - 1].Any(cell => Text(cell).Length > 0))
            {
                return row;
            }
        }
        return 0;
    }

    private static void Cell(List<List<JsonNode?>> grid, int row, int column, JsonNode? value)
    {
        var cells = RowAt(grid, row);
        while (cells.Count <= column)
        {
            cells.Add(null);
        }
        cells[column] = value;
    }

    private static List<JsonNode?> RowAt(List<List<JsonNode?>> grid, int row)
    {
        while (grid.Count < row)
        {
            grid.Add([]);
        }
        return grid[row - 1];
    }

    private static string Text(JsonNode? cell) => cell switch
    {
        null => "",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when value.TryGetValue<decimal>(out var number) => number.ToString("0.############################", CultureInfo.InvariantCulture),
        _ => cell.ToJsonString(),
    };

    private static List<T> Trimmed<T>(List<T> items, Func<T, bool> isEmpty)
    {
        while (items.Count > 0 && isEmpty(items[^1]))
        {
            items.RemoveAt(items.Count - 1);
        }
        return items;
    }

    private static async Task<int> Reply(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
        return status;
    }

    private static string Quoted(string tab) => "'" + tab.Replace("'", "''", StringComparison.Ordinal) + "'";

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _publicKey.Dispose();
    }

    /// <summary>An A1 range on a tab: columns as 0-based indexes, rows 1-based, an open end as null.</summary>
    private sealed partial record Range(string Tab, int FirstColumn, int FirstRow, int LastColumn, int? LastRow)
    {
        public static Range Parse(string a1)
        {
            var match = A1().Match(a1);
            if (!match.Success)
            {
                throw new FormatException($"not an A1 range: {a1}");
            }
            int? Row(string group) => match.Groups[group].Value is { Length: > 0 } digits ? int.Parse(digits, CultureInfo.InvariantCulture) : null;
            var firstColumn = match.Groups["c1"].Value[0] - 'A';
            var lastColumn = match.Groups["c2"].Success ? match.Groups["c2"].Value[0] - 'A' : firstColumn;
            var firstRow = Row("r1") ?? 1;
            var lastRow = match.Groups["c2"].Success ? Row("r2") : firstRow;
            return new Range(match.Groups["tab"].Value.Replace("''", "'", StringComparison.Ordinal), firstColumn, firstRow, lastColumn, lastRow);
        }

        [GeneratedRegex(@"^'(?<tab>(?:[^']|'')+)'!(?<c1>[A-Z])(?<r1>\d*)(?::(?<c2>[A-Z])(?<r2>\d*))?$")]
        private static partial Regex A1();
    }
}

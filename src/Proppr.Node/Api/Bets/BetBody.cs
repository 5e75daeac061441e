using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;

namespace Proppr.Node.Api.Bets;

/// <summary>
/// Reads the body of <c>POST /api/bets</c>: one bet object, a JSON array of them, or JSON lines (one object a line).
/// Each bet is read on its own, so one bad bet or line is answered as rejected and the others still count. A body over
/// <see cref="BetLimits.MaxBodyBytes"/> or <see cref="BetLimits.MaxBetsPerRequest"/> bets is refused whole.
/// </summary>
public static class BetBody
{
    public static readonly string TooManyBets =
        $"a request carries at most {BetLimits.MaxBetsPerRequest} bets: send the rest in another request";

    /// <summary>The body as text, or null when it is larger than <see cref="BetLimits.MaxBodyBytes"/>.</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > BetLimits.MaxBodyBytes)
        {
            return null;
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = BetLimits.MaxBodyBytes;
        }
        try
        {
            using var reader = new StreamReader(request.Body);
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    /// <summary>The bets in <paramref name="body"/>, in order; null with a <paramref name="error"/> when the body holds none.</summary>
    public static IReadOnlyList<BetReadResult>? Read(string body, out string? error)
    {
        error = null;
        var text = body.Trim();
        if (text.Length == 0)
        {
            error = "the body is empty: send one bet, a JSON array of bets, or JSON lines";
            return null;
        }
        if (text[0] == '[')
        {
            return ReadArray(text, out error);
        }
        if (TryParse(text, out _) is { } document)
        {
            using (document)
            {
                return [BetReader.Read(document.RootElement)];
            }
        }
        var lines = text.Split('\n').Where(line => !string.IsNullOrWhiteSpace(line)).ToArray();
        if (lines.Length > BetLimits.MaxBetsPerRequest)
        {
            error = TooManyBets;
            return null;
        }
        return [.. lines.Select(BetReader.ReadLine)];
    }

    private static IReadOnlyList<BetReadResult>? ReadArray(string text, out string? error)
    {
        error = null;
        using var document = TryParse(text, out var parseError);
        if (document is null)
        {
            error = "the body starts as a JSON array but is not valid JSON: " + parseError;
            return null;
        }
        if (document.RootElement.GetArrayLength() > BetLimits.MaxBetsPerRequest)
        {
            error = TooManyBets;
            return null;
        }
        var bets = document.RootElement.EnumerateArray().Select(BetReader.Read).ToList();
        if (bets.Count == 0)
        {
            error = "the array holds no bets";
            return null;
        }
        return bets;
    }

    private static JsonDocument? TryParse(string text, out string? error)
    {
        try
        {
            error = null;
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            error = e.Message;
            return null;
        }
    }
}

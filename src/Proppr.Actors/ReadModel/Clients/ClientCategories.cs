using System.Text.RegularExpressions;
using Proppr.Actors.Betting;

namespace Proppr.Actors.ReadModel.Clients;

/// <summary>
/// The rules of client categories: BetMonitor's four (watchlist, risk, new registration, good client), the names a
/// desk may add, and each one's colour. A client is in one category at a time, as a row of BetMonitor had one colour.
/// </summary>
public static partial class ClientCategories
{
    public const string Watchlist = "watchlist";
    public const string Risk = "risk";
    public const string NewRegistration = "new_registration";
    public const string GoodClient = "good_client";

    public const int MaxNameLength = 40;

    public static readonly IReadOnlyList<string> BuiltIn = [Watchlist, Risk, NewRegistration, GoodClient];

    public static CategoryColour ColourOf(string category) => category switch
    {
        Watchlist or Risk => CategoryColour.Red,
        NewRegistration => CategoryColour.Purple,
        GoodClient => CategoryColour.Green,
        _ => CategoryColour.Blue,
    };

    /// <summary>
    /// The category a desk typed, as one name: trimmed, lower case, spaces and hyphens as underscores ("New
    /// registration" is <c>new_registration</c>); null when it is not a letter followed by letters, digits and underscores.
    /// </summary>
    public static string? NameOf(string? text)
    {
        var name = Separators().Replace(text?.Trim().ToLowerInvariant() ?? "", "_");
        return name.Length <= MaxNameLength && NamePattern().IsMatch(name) ? name : null;
    }

    /// <summary>A client as bets name it: trimmed, at most <see cref="BetLimits.MaxTextLength"/> characters, no control characters.</summary>
    public static string? ClientOf(string? text)
    {
        var client = text?.Trim();
        return client is { Length: > 0 and <= BetLimits.MaxTextLength } && !client.Any(char.IsControl) ? client : null;
    }

    [GeneratedRegex("[\\s-]+")]
    private static partial Regex Separators();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex NamePattern();
}

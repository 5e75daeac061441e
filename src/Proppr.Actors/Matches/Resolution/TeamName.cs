using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Proppr.Actors.Matches.Resolution;

/// <summary>
/// A team name reduced to comparable words: case, accents, punctuation and club-form noise ("FC", "AFC") removed,
/// common short forms expanded ("Man Utd" becomes "manchester united", "Wolves" "wolverhampton wanderers").
/// </summary>
public sealed class TeamName
{
    private static readonly ImmutableHashSet<string> Noise = ["fc", "afc", "cf", "sc", "ac", "fk", "sk", "bk", "if", "club", "the", "cd", "ca", "sv", "calcio"];

    private static readonly ImmutableDictionary<string, string> ShortForms = new Dictionary<string, string>
    {
        ["utd"] = "united",
        ["man"] = "manchester",
        ["nottm"] = "nottingham",
        ["sheff"] = "sheffield",
        ["wolves"] = "wolverhampton wanderers",
        ["spurs"] = "tottenham hotspur",
        ["psg"] = "paris saint germain",
        ["st"] = "saint",
        ["ath"] = "athletic",
        ["atl"] = "atletico",
        ["intl"] = "international",
        ["kc"] = "kansas city",
        ["munchen"] = "munich",
        ["brighton and hove albion"] = "brighton",
    }.ToImmutableDictionary();

    private TeamName(string original, ImmutableArray<string> words)
    {
        Original = original;
        Words = words;
    }

    public string Original { get; }

    public ImmutableArray<string> Words { get; }

    public static TeamName From(string name)
    {
        var expanded = ExpandShortForms(WordsOf(name));
        return new TeamName(name, [.. expanded.Where(word => !Noise.Contains(word))]);
    }

    /// <summary>
    /// How alike two names are, 0 to 1: the share of words on both sides that find a partner on the other, where a
    /// partner is the same word or one starting with it (at least three letters). A name whose every word is found in
    /// the other scores at least <see cref="ContainedScore"/>: "Frankfurt" and "Eintracht Frankfurt".
    /// </summary>
    public double SimilarityTo(TeamName other)
    {
        if (Words.IsEmpty || other.Words.IsEmpty)
        {
            return 0;
        }
        var matchedHere = Words.Count(word => other.Words.Any(candidate => SameWord(word, candidate)));
        var matchedThere = other.Words.Count(word => Words.Any(candidate => SameWord(word, candidate)));
        var dice = (double)(matchedHere + matchedThere) / (Words.Length + other.Words.Length);
        var contained = matchedHere == Words.Length || matchedThere == other.Words.Length;
        return contained ? Math.Max(dice, ContainedScore) : dice;
    }

    public const double ContainedScore = 0.8;

    public override string ToString() => string.Join(' ', Words);

    private static bool SameWord(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 3 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    private static IEnumerable<string> ExpandShortForms(IReadOnlyList<string> words)
    {
        var joined = string.Join(' ', words);
        if (ShortForms.TryGetValue(joined, out var whole))
        {
            return whole.Split(' ');
        }
        return words.SelectMany(word => ShortForms.TryGetValue(word, out var full) ? full.Split(' ') : [word]);
    }

    private static List<string> WordsOf(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            // Accents go, and so do dots, so that "F.C." is the noise word "fc".
            if (c == '.' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            text.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return [.. text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }
}

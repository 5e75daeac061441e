using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Proppr.Actors.Matches.Resolution;

/// <summary>
/// A team name reduced to comparable words: case, accents, punctuation and club-form noise ("FC", "AFC") removed,
/// common short forms expanded ("Man Utd" becomes "manchester united", "Wolves" "wolverhampton wanderers"), and the
/// squad markers taken out into <see cref="Squad"/> ("Women", "(W)", "U23", "Academy", "II", a trailing "B"), since
/// a club's women's, youth or reserve side is another team that often plays the same day.
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

    private static readonly ImmutableHashSet<string> WomenMarkers =
        ["women", "w", "ladies", "femenino", "femenina", "feminino", "feminine", "frauen", "femmes", "dames"];

    /// <summary>Markers of a club's other sides, wherever they stand in the name; "ll" is how FotMob misspells one "II".</summary>
    private static readonly ImmutableDictionary<string, string> SideMarkers = new Dictionary<string, string>
    {
        ["ii"] = "reserves",
        ["ll"] = "reserves",
        ["reserves"] = "reserves",
        ["academy"] = "academy",
        ["youth"] = "academy",
        ["iii"] = "third",
    }.ToImmutableDictionary();

    /// <summary>Markers that mean a side only as the last word of a longer name: "Benfica B", "Columbus Crew 2".</summary>
    private static readonly ImmutableDictionary<string, string> TrailingSideMarkers = new Dictionary<string, string>
    {
        ["b"] = "reserves",
        ["2"] = "reserves",
        ["c"] = "third",
    }.ToImmutableDictionary();

    private TeamName(string original, ImmutableArray<string> words, string squad)
    {
        Original = original;
        Words = words;
        Squad = squad;
    }

    public string Original { get; }

    public ImmutableArray<string> Words { get; }

    /// <summary>Which side of the club: empty for the first team, else e.g. "women", "u23", "reserves", "women u19".</summary>
    public string Squad { get; }

    public static TeamName From(string name)
    {
        var words = WordsOf(name);
        var squad = new List<string>();
        if (words.RemoveAll(WomenMarkers.Contains) > 0)
        {
            squad.Add("women");
        }
        if (words.Count > 1 && TrailingSideMarkers.TryGetValue(words[^1], out var trailing))
        {
            squad.Add(trailing);
            words.RemoveAt(words.Count - 1);
        }
        foreach (var word in words.ToList())
        {
            if (SideMarkers.TryGetValue(word, out var side) || IsAgeGroup(word, out side))
            {
                squad.Add(side);
                words.Remove(word);
            }
        }
        var expanded = ExpandShortForms(words);
        return new TeamName(name, [.. expanded.Where(word => !Noise.Contains(word))], string.Join(' ', squad.Distinct().Order(StringComparer.Ordinal)));
    }

    /// <summary>
    /// How alike two names are, 0 to 1 (0 for different sides of a club): the share of words on both sides that find a partner on the other, where a
    /// partner is the same word or one starting with it (at least three letters). A name whose every word is found in
    /// the other scores at least <see cref="ContainedScore"/>: "Frankfurt" and "Eintracht Frankfurt".
    /// </summary>
    public double SimilarityTo(TeamName other)
    {
        if (Words.IsEmpty || other.Words.IsEmpty || Squad != other.Squad)
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

    /// <summary>"u19", "u21", "u23": an age group is its own squad.</summary>
    private static bool IsAgeGroup(string word, out string squad)
    {
        squad = word;
        return word.Length == 3 && word[0] == 'u' && char.IsAsciiDigit(word[1]) && char.IsAsciiDigit(word[2]);
    }

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
        foreach (var c in Transliterate(name.Replace("&", " and ", StringComparison.Ordinal)).Normalize(NormalizationForm.FormD))
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

    /// <summary>Letters that are not an accented Latin letter (Unicode has no decomposition for them) but are written as one.</summary>
    private static string Transliterate(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            text.Append(char.ToLowerInvariant(c) switch
            {
                'ø' => "o",
                'æ' => "ae",
                'œ' => "oe",
                'ß' => "ss",
                'ł' => "l",
                'đ' or 'ð' => "d",
                'þ' => "th",
                'ı' => "i",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }
}

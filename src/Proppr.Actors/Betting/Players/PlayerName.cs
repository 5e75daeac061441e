using System.Globalization;
using System.Text;

namespace Proppr.Actors.Betting;

/// <summary>
/// Matching a bet's player name to a lineup name when the id is missing or unknown (<c>spec/bets.md</c>: case- and
/// accent-insensitive). Names are compared as word lists: equal, or one a shortened form of the other, where a word may
/// be an initial ("M. Salah" for "Mohamed Salah") or left out ("Salah"), as long as one whole word agrees.
/// </summary>
internal static class PlayerName
{
    // Letters that are not a base letter plus an accent, so decomposition alone does not fold them.
    private static readonly Dictionary<char, string> Unaccented = new()
    {
        ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ı'] = "i", ['þ'] = "th",
    };

    /// <summary>Lower case, accents folded, apostrophes dropped, other punctuation as spaces, single-spaced.</summary>
    public static string Normalise(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }
            if (Unaccented.TryGetValue(c, out var plain))
            {
                folded.Append(plain);
            }
            else
            {
                folded.Append(char.IsLetterOrDigit(c) ? c : ' ');
            }
        }
        return string.Join(' ', Words(folded.ToString()));
    }

    public static bool SameName(string a, string b) => Normalise(a) == Normalise(b);

    /// <summary>One name is the other, or a shortened form of it.</summary>
    public static bool Resembles(string a, string b)
    {
        var wordsA = Words(Normalise(a));
        var wordsB = Words(Normalise(b));
        return Shortens(wordsA, wordsB) || Shortens(wordsB, wordsA);
    }

    /// <summary>Each short word, in order, is a later long word or its initial, and at least one matches whole.</summary>
    private static bool Shortens(string[] shorter, string[] longer)
    {
        var next = 0;
        var wholeWords = 0;
        foreach (var word in shorter)
        {
            while (next < longer.Length && !Abbreviates(word, longer[next]))
            {
                next++;
            }
            if (next == longer.Length)
            {
                return false;
            }
            wholeWords += word == longer[next] ? 1 : 0;
            next++;
        }
        return wholeWords > 0;
    }

    private static bool Abbreviates(string word, string full) => word == full || (word.Length == 1 && full[0] == word[0]);

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

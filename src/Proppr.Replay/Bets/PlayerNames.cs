using System.Globalization;
using System.Text;

namespace Proppr.Replay.Bets;

/// <summary>Player names as an odds provider or a trader types them: plain ASCII letters, accents dropped.</summary>
public static class PlayerNames
{
    // Letters that are not a base letter plus an accent, so decomposition alone does not fold them.
    private static readonly Dictionary<char, string> Plain = new()
    {
        ['ø'] = "o", ['Ø'] = "O", ['ł'] = "l", ['ı'] = "i", ['ß'] = "ss", ['æ'] = "ae",
    };

    public static string WithoutAccents(string name)
    {
        var plain = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(Plain.TryGetValue(c, out var letters) ? letters : c.ToString());
            }
        }
        return plain.ToString().Normalize(NormalizationForm.FormC);
    }
}

namespace Proppr.Replay.Odds;

/// <summary>
/// The odds provider spells clubs its own way ("Ashford Utd" for FotMob's "Ashford United", no "FC"), so linking its
/// events to FotMob fixtures takes real name matching, as in production.
/// </summary>
public static class OddsTeamNames
{
    public static string Of(string fotMobName)
    {
        var words = fotMobName.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[^1] == "FC")
        {
            words.RemoveAt(words.Count - 1);
        }
        return string.Join(' ', words.Select(w => w switch
        {
            "United" => "Utd",
            "Athletic" => "Athl.",
            _ => w,
        }));
    }
}

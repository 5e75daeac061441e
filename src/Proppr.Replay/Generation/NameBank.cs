namespace Proppr.Replay.Generation;

/// <summary>
/// Made-up but plausible names: clubs from invented place names, players from common first and last names.
/// Names are spelt as FotMob spells them, accents included ("Sørensen", "Yılmaz"), and some differ by a letter
/// ("Larsen", "Larssen"), so matching by name must fold accents and still tell near-namesakes apart. Each name is
/// handed out once per match day, accents folded, so fixtures, team-name searches and player-name bets never collide.
/// </summary>
internal sealed class NameBank(Random random)
{
    private static readonly string[] PlaceStarts =
    [
        "Ash", "Brack", "Cal", "Dun", "Elm", "Fen", "Glen", "Har", "Ips", "Kel", "Lang", "Mar", "Nor", "Oak", "Pen",
        "Quen", "Ros", "Stan", "Thorn", "Ul", "Vale", "Wick", "York", "Bram", "Cole", "Dray", "East", "Frost", "Gor",
        "Holm", "Ørn", "Sæl", "Åby",
    ];

    private static readonly string[] PlaceEnds =
    [
        "ford", "bury", "ton", "field", "wick", "mouth", "ham", "stead", "bridge", "dale", "worth", "ley", "minster",
        "haven", "more", "by", "gate", "well", "combe", "port",
    ];

    private static readonly string[] ClubSuffixes =
        ["United", "City", "Rovers", "Athletic", "Town", "FC", "Wanderers", "Albion", "County", "Rangers"];

    private static readonly string[] FirstNames =
    [
        "Lukas", "Mateo", "Oliver", "Noah", "Elias", "Jonas", "Luca", "Adam", "Victor", "Hugo", "Leon", "Felix",
        "Emil", "Daniel", "Samuel", "Rafael", "Tomás", "Marco", "Kai", "Jamal", "Kofi", "Yusuf", "Omar", "Diego",
        "Nicolas", "Julian", "Bruno", "Mikel", "Andre", "Sander", "Tobias", "Malik", "Ivan", "Pavel", "Ruben",
        "Gabriel", "Théo", "Milan", "João", "Kenji", "Aaron", "Callum", "Declan", "Ethan", "Finn", "Rory", "Sean",
        "Álvaro", "Iker", "Sergio", "Pedro", "Nuno", "Arda", "Emre", "Stefan", "Marek", "Jakub", "Viktor", "Mads",
        "Rasmus",
    ];

    private static readonly string[] LastNames =
    [
        "Berg", "Moreno", "Walsh", "Okafor", "Lindqvist", "Rossi", "Novak", "Hughes", "Ferreira", "Kovács", "Dubois",
        "Jensen", "Mensah", "Santos", "Fischer", "Petrov", "Costa", "Murphy", "Haddad", "Nakamura", "Bakker",
        "Ortega", "Quinn", "Sørensen", "Vidal", "Weber", "Yılmaz", "Zieliński", "Adeyemi", "Barros", "Carvalho",
        "Delaney", "Eriksen", "Fofana", "Gallagher", "Hoffmann", "Iversen", "Jovanović", "Keller", "Larsen", "Larssen",
        "Maddox", "Nilsson", "Oduya", "Pereira", "Rahman", "Silva", "Tanaka", "Urbina", "Varga", "Whitaker",
        "Amrani", "Bennett", "Castillo", "Doyle", "Elkins", "Falk", "Grant", "Holt", "Ibarra", "Janssen", "Kane",
        "Lowe", "Mercer", "Nyland", "Osei", "Price", "Reyes", "Sterling", "Touré", "Vance", "Müller", "Mueller",
        "Hoffman", "Eriksson", "Nilson",
    ];

    private static readonly (string Name, string Code)[] Countries =
    [
        ("England", "ENG"), ("Spain", "ESP"), ("France", "FRA"), ("Germany", "GER"), ("Brazil", "BRA"),
        ("Portugal", "POR"), ("Netherlands", "NED"), ("Norway", "NOR"), ("Denmark", "DEN"), ("Ghana", "GHA"),
        ("Nigeria", "NGA"), ("Japan", "JPN"), ("Croatia", "CRO"), ("Ireland", "IRL"), ("Sweden", "SWE"),
    ];

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A club name no other team of the day has, nor shares its place with.</summary>
    public string ClubName() =>
        Unique(() => $"{random.Pick(PlaceStarts)}{random.Pick(PlaceEnds)}", place => $"{place} {random.Pick(ClubSuffixes)}");

    public (string First, string Last) PlayerName()
    {
        var name = Unique(() => $"{random.Pick(FirstNames)} {random.Pick(LastNames)}", full => full);
        var space = name.IndexOf(' ');
        return (name[..space], name[(space + 1)..]);
    }

    public (string Name, string Code) Country() => random.Pick(Countries);

    /// <summary>Draws until the key is new (the pools are far larger than a match day needs), then formats it.</summary>
    private string Unique(Func<string> draw, Func<string, string> format)
    {
        while (true)
        {
            var key = draw();
            if (_used.Add(Bets.PlayerNames.WithoutAccents(key)))
            {
                return format(key);
            }
        }
    }
}

namespace Proppr.Replay.Generation;

/// <summary>
/// Made-up but plausible names: clubs from invented place names, players from common first and last names.
/// Hands out each name once per match day, so fixtures, team-name searches and player-name bets never collide.
/// </summary>
internal sealed class NameBank(Random random)
{
    private static readonly string[] PlaceStarts =
    [
        "Ash", "Brack", "Cal", "Dun", "Elm", "Fen", "Glen", "Har", "Ips", "Kel", "Lang", "Mar", "Nor", "Oak", "Pen",
        "Quen", "Ros", "Stan", "Thorn", "Ul", "Vale", "Wick", "York", "Bram", "Cole", "Dray", "East", "Frost", "Gor",
        "Holm",
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
        "Emil", "Daniel", "Samuel", "Rafael", "Tomas", "Marco", "Kai", "Jamal", "Kofi", "Yusuf", "Omar", "Diego",
        "Nicolas", "Julian", "Bruno", "Mikel", "Andre", "Sander", "Tobias", "Malik", "Ivan", "Pavel", "Ruben",
        "Gabriel", "Theo", "Milan", "Joao", "Kenji", "Aaron", "Callum", "Declan", "Ethan", "Finn", "Rory", "Sean",
        "Alvaro", "Iker", "Sergio", "Pedro", "Nuno", "Arda", "Emre", "Stefan", "Marek", "Jakub", "Viktor", "Mads",
        "Rasmus",
    ];

    private static readonly string[] LastNames =
    [
        "Berg", "Moreno", "Walsh", "Okafor", "Lindqvist", "Rossi", "Novak", "Hughes", "Ferreira", "Kovacs", "Dubois",
        "Jensen", "Mensah", "Santos", "Fischer", "Petrov", "Costa", "Murphy", "Haddad", "Nakamura", "Bakker",
        "Ortega", "Quinn", "Sorensen", "Vidal", "Weber", "Yilmaz", "Zielinski", "Adeyemi", "Barros", "Carvalho",
        "Delaney", "Eriksen", "Fofana", "Gallagher", "Hoffmann", "Iversen", "Jovanovic", "Keller", "Larsen",
        "Maddox", "Nilsson", "Oduya", "Pereira", "Rahman", "Silva", "Tanaka", "Urbina", "Varga", "Whitaker",
        "Amrani", "Bennett", "Castillo", "Doyle", "Elkins", "Falk", "Grant", "Holt", "Ibarra", "Janssen", "Kane",
        "Lowe", "Mercer", "Nyland", "Osei", "Price", "Reyes", "Sterling", "Toure", "Vance",
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
            if (_used.Add(key))
            {
                return format(key);
            }
        }
    }
}

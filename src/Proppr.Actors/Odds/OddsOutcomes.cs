namespace Proppr.Actors.Odds;

/// <summary>
/// The keys of a feed odds line that carry a price (FORMAT.md §1.4). <c>yes</c>/<c>no</c> come from third-party
/// models only; <see cref="Price"/> is the single price of a label line such as correct score (<c>{label, odds}</c>).
/// </summary>
public static class OddsOutcomes
{
    public const string Home = "home";
    public const string Draw = "draw";
    public const string Away = "away";
    public const string Over = "over";
    public const string Under = "under";
    public const string Yes = "yes";
    public const string No = "no";
    public const string Price = "odds";

    public static readonly IReadOnlyList<string> All = [Home, Draw, Away, Over, Under, Yes, No, Price];
}

using Proppr.Actors.Betting;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Odds;

/// <summary>
/// What a bookmaker's prices told of (<see cref="EventTell"/>): the whole book withdrawn (a goal or a red card: any bet
/// may hang on it), a count the team totals price moving (<see cref="Counts"/>: goals, corners or cards), or some
/// players' own lines (labels <c>"Player Name (Stat)"</c>: his shot or foul). Each concerns only the bets that hang on
/// such an event.
/// </summary>
public readonly record struct OddsTold(bool Book, IReadOnlyList<Stat>? Counts, IReadOnlyList<string>? Players)
{
    public static readonly OddsTold Nothing = default;

    public bool Anything => Book || Counts is { Count: > 0 } || Players is { Count: > 0 };

    public OddsTold Plus(OddsTold other) => new(Book || other.Book, Join(Counts, other.Counts), Join(Players, other.Players));

    /// <summary>Whether the event told of can be one the bet waits for.</summary>
    public bool Concerns(Bet bet) =>
        Book ||
        (Counts is { } counts && counts.Contains(TeamCount(bet))) ||
        (Players is { } players && BetSelectionMap.PlayerLabel(bet) is { } label && players.Any(told => PlayerName.SameName(told, label)));

    /// <summary>
    /// The team count whose move may decide the bet: its own counted stat (cards as one count, as the bookings totals
    /// price them), and goals for results, handicaps, goalscorers and a player's goals or assists.
    /// </summary>
    private static Stat TeamCount(Bet bet) => MarketShape.Of(bet.Market).CountedStat switch
    {
        Stat.Corners => Stat.Corners,
        Stat.YellowCards or Stat.RedCards => Stat.YellowCards,
        _ => Stat.Goals,
    };

    private static IReadOnlyList<T>? Join<T>(IReadOnlyList<T>? one, IReadOnlyList<T>? other) =>
        one is null ? other : other is null ? one : [.. one.Union(other)];
}

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

    /// <summary>The prices told of what may be a goal: the book withdrawn or a goals total moving.</summary>
    public bool MayBeGoal => Book || Counts?.Contains(Stat.Goals) == true;

    public OddsTold Plus(OddsTold other) => new(Book || other.Book, Join(Counts, other.Counts), Join(Players, other.Players));

    /// <summary>Whether the event told of can be one the bet waits for.</summary>
    public bool Concerns(Bet bet) =>
        Book ||
        (Counts is { } counts && TeamCount(bet) is { } count && counts.Contains(count)) ||
        (Players is { } players && players.Any(told => Moves(told, bet)));

    /// <summary>
    /// The team count whose move may decide the bet: its own counted stat (cards as one count, as the bookings totals
    /// price them), goals for results, handicaps, goalscorers and a player's goals or assists; none for the counts only
    /// players' lines price (shots, fouls).
    /// </summary>
    private static Stat? TeamCount(Bet bet) => MarketShape.Of(bet.Market).CountedStat switch
    {
        null or Stat.Goals or Stat.Assists => Stat.Goals,
        Stat.Corners => Stat.Corners,
        Stat.YellowCards or Stat.RedCards => Stat.YellowCards,
        _ => null,
    };

    /// <summary>A player's line moves his own bet of that stat, and a team's or the match's count of it (his side's unknown).</summary>
    private static bool Moves(string told, Bet bet) =>
        BetSelectionMap.PlayerLabel(bet) is { } label
            ? PlayerName.SameName(told, label)
            : bet.Scope != BetScope.Player && BetSelectionMap.PlayerStatName(bet.Market) is { } stat && told.EndsWith($"({stat})", StringComparison.Ordinal);

    private static IReadOnlyList<T>? Join<T>(IReadOnlyList<T>? one, IReadOnlyList<T>? other) =>
        one is null ? other : other is null ? one : [.. one.Union(other)];
}

using System.Collections.Frozen;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting.Contract;

/// <summary>
/// The snake_case names the JSON contract (<c>spec/bets.md</c>) uses for the bet and settlement enums, both ways.
/// One table per enum, so reading and writing can never disagree.
/// </summary>
public static class WireNames
{
    public static readonly WireNameTable<BetScope> Scopes = new(
        (BetScope.Match, "match"), (BetScope.Home, "home"), (BetScope.Away, "away"), (BetScope.Player, "player"));

    public static readonly WireNameTable<Market> Markets = new(
        (Market.Goals, "goals"),
        (Market.Corners, "corners"),
        (Market.YellowCards, "yellow_cards"),
        (Market.RedCards, "red_cards"),
        (Market.Shots, "shots"),
        (Market.ShotsOnTarget, "shots_on_target"),
        (Market.Fouls, "fouls"),
        (Market.Offsides, "offsides"),
        (Market.Assists, "assists"),
        (Market.Tackles, "tackles"),
        (Market.Interceptions, "interceptions"),
        (Market.Passes, "passes"),
        (Market.AnytimeGoalscorer, "anytime_goalscorer"),
        (Market.FirstGoalscorer, "first_goalscorer"),
        (Market.MatchResult, "1x2"),
        (Market.AsianHandicap, "asian_handicap"),
        (Market.BothTeamsToScore, "btts"));

    public static readonly WireNameTable<BetPeriod> Periods = new(
        (BetPeriod.FullTime, "full_time"), (BetPeriod.FirstHalf, "first_half"), (BetPeriod.SecondHalf, "second_half"));

    public static readonly WireNameTable<Selection> Selections = new(
        (Selection.Over, "over"),
        (Selection.Under, "under"),
        (Selection.Home, "home"),
        (Selection.Draw, "draw"),
        (Selection.Away, "away"),
        (Selection.Yes, "yes"),
        (Selection.No, "no"));

    public static readonly WireNameTable<VoidRule> VoidRules = new(
        (VoidRule.Starter, "starter"), (VoidRule.Appearance, "appearance"));

    public static readonly WireNameTable<SettlementStatus> Statuses = new(
        (SettlementStatus.Pending, "pending"),
        (SettlementStatus.Won, "won"),
        (SettlementStatus.Lost, "lost"),
        (SettlementStatus.Refund, "refund"),
        (SettlementStatus.HalfWon, "half_won"),
        (SettlementStatus.HalfLost, "half_lost"),
        (SettlementStatus.Rejected, "rejected"));

    public static readonly WireNameTable<MatchStatus> FixtureStates = new(
        (MatchStatus.NotStarted, "not_started"),
        (MatchStatus.Live, "live"),
        (MatchStatus.HalfTime, "half_time"),
        (MatchStatus.Finished, "finished"),
        (MatchStatus.Postponed, "postponed"),
        (MatchStatus.Cancelled, "cancelled"),
        (MatchStatus.Abandoned, "abandoned"));
}

/// <summary>A two-way map between an enum and its wire names; lookups by name ignore case.</summary>
public sealed class WireNameTable<T> where T : struct, Enum
{
    private readonly FrozenDictionary<T, string> _names;
    private readonly FrozenDictionary<string, T> _values;

    public WireNameTable(params (T Value, string Name)[] entries)
    {
        _names = entries.ToFrozenDictionary(e => e.Value, e => e.Name);
        _values = entries.ToFrozenDictionary(e => e.Name, e => e.Value, StringComparer.OrdinalIgnoreCase);
        var missing = Enum.GetValues<T>().Where(v => !_names.ContainsKey(v)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException($"{typeof(T).Name} has no wire name for {string.Join(", ", missing)}");
        }
    }

    public string NameOf(T value) => _names[value];

    public bool TryParse(string? name, out T value)
    {
        value = default;
        return name is not null && _values.TryGetValue(name.Trim(), out value);
    }

    public IEnumerable<string> Names => _names.Values;
}

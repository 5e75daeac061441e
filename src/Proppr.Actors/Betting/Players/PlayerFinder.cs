using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// Finds a bet's player in a lineup: by id, then (when the id is absent or not found) by name, an exact name before a
/// shortened one. A name that fits more than one squad member finds nobody rather than the wrong man.
/// </summary>
internal static class PlayerFinder
{
    public static MatchPlayer? Find(Lineup lineup, Bet bet)
    {
        if (bet.PlayerId is { } id && lineup.Find(id) is { } byId)
        {
            return byId;
        }
        if (string.IsNullOrWhiteSpace(bet.PlayerName))
        {
            return null;
        }
        var name = bet.PlayerName;
        return Single(lineup.Players.Where(p => PlayerName.SameName(p.Name, name)))
               ?? Single(lineup.Players.Where(p => PlayerName.Resembles(p.Name, name)));
    }

    private static MatchPlayer? Single(IEnumerable<MatchPlayer> candidates)
    {
        var found = candidates.Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}

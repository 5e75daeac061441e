using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>
/// Who is on the pitch when: each used player's <see cref="PlayerSpell"/>. Built while generating (so events only go to
/// players on the pitch) and rebuilt from finished facts for the tallies and the lineups.
/// </summary>
public sealed class PitchRoster
{
    private readonly SyntheticTeam _home;
    private readonly SyntheticTeam _away;
    private readonly Dictionary<long, PlayerSpell> _spells = [];

    public PitchRoster(SyntheticTeam home, SyntheticTeam away)
    {
        _home = home;
        _away = away;
        foreach (var starter in home.Starters.Concat(away.Starters))
        {
            _spells[starter.Id] = PlayerSpell.FromKickoff;
        }
    }

    /// <summary>The roster at full time of the given facts.</summary>
    public static PitchRoster Of(SyntheticTeam home, SyntheticTeam away, MatchFacts facts)
    {
        var roster = new PitchRoster(home, away);
        foreach (var substitution in facts.Substitutions)
        {
            roster.Substitute(substitution.OnId, substitution.OffId, substitution.Time);
        }
        foreach (var card in facts.Cards.Where(c => c.SendsOff))
        {
            roster.SendOff(card.PlayerId, card.Time);
        }
        return roster;
    }

    public SyntheticTeam Team(Side side) => side == Side.Home ? _home : _away;

    /// <summary>The player's spell, or null for a squad member who never played.</summary>
    public PlayerSpell? Spell(long playerId) => _spells.GetValueOrDefault(playerId);

    public IReadOnlyList<SquadPlayer> OnPitch(Side side, MatchTime time) =>
        Team(side).Squad.Where(p => Spell(p.Id)?.Covers(time) == true).ToList();

    /// <summary>Players on the pitch at <paramref name="time"/> who stay on until the end, so they can still be sent off.</summary>
    public IReadOnlyList<SquadPlayer> OnPitchToTheEnd(Side side, MatchTime time) =>
        OnPitch(side, time).Where(p => Spell(p.Id)!.Off is null).ToList();

    internal void Substitute(long onId, long offId, MatchTime time)
    {
        _spells[onId] = new PlayerSpell(time, null);
        _spells[offId] = _spells[offId] with { Off = time };
    }

    internal void SendOff(long playerId, MatchTime time) => _spells[playerId] = _spells[playerId] with { Off = time };
}

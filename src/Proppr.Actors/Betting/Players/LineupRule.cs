using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// Player participation (<c>spec/settlement-rules.md</c>, <c>void_rule</c>). Under <see cref="VoidRule.Starter"/> a
/// player who did not start voids the prop as soon as the match has started; under <see cref="VoidRule.Appearance"/>
/// the prop stands once he has been on the pitch in the bet's window, and is void only when the window has ended
/// without him, since a substitute may still come on. Only a confirmed lineup decides: a predicted one never voids.
/// </summary>
internal static class LineupRule
{
    public static ParticipationVerdict Judge(MatchPlayer? player, VoidRule rule, PeriodWindow window, MatchDetails match)
    {
        if (!match.Lineup.IsKnown)
        {
            // A finished match without a lineup will not get one in time to settle on.
            return match.Status == MatchStatus.Finished
                ? ParticipationVerdict.Void(SettlementReasons.LineupUnavailable)
                : ParticipationVerdict.Undecided;
        }
        var decidedNow = rule == VoidRule.Starter ? match.Status.HasStarted() : window.HasEnded(match);
        if (player is null || player.Role == PlayerRole.Unavailable)
        {
            return decidedNow ? ParticipationVerdict.Void(SettlementReasons.NotInSquad) : ParticipationVerdict.Undecided;
        }
        if (rule == VoidRule.Starter)
        {
            return player.Role == PlayerRole.Starter ? ParticipationVerdict.Standing
                : decidedNow ? ParticipationVerdict.Void(SettlementReasons.DidNotStart)
                : ParticipationVerdict.Undecided;
        }
        return TimeOnPitch.Of(player, match).AppearedIn(window) ? ParticipationVerdict.Standing
            : decidedNow ? ParticipationVerdict.Void(SettlementReasons.DidNotPlay)
            : ParticipationVerdict.Undecided;
    }
}

using Proppr.Actors.Betting;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Node.Demo;

/// <summary>
/// The hard paths of settlement a bet went through on the replayed day: the reason its settlement gives (a push, a
/// quarter line, a participation void, a called-off match, a period stat the feed lacks), a re-settlement after a
/// correction (at the 2-hour check for a late one), a feed quirk on a market it touches, a match written in an older or
/// newer FotMob shape than 2024/25, and how it was struck. The
/// summary counts bets per path, so a day that stops producing one is noticed.
/// </summary>
public static class HardPaths
{
    public static IEnumerable<string> Of(Bet bet, SyntheticMatch match, DemoSettlement? settlement, bool resettled)
    {
        if (settlement?.Reason is { Length: > 0 } reason)
        {
            yield return "reason: " + reason;
        }
        if (resettled)
        {
            // Without a correction, a later payload of the match itself changed the facts the first decision read.
            yield return match.Correction is not { } correction ? "re-settled on a later payload"
                : correction.Delay > DemoTimings.MatchDayCorrectionChecks[0] ? "re-settled at the 2-hour check"
                : "re-settled at the first check";
        }
        foreach (var quirk in match.Quirks.Present.Where(q => Touches(q, bet)))
        {
            yield return "quirk: " + quirk;
        }
        if (match.Era != FotMobEra.Season2024 && !match.Postponed)
        {
            yield return "shape: " + match.Era;
        }
        if (bet.Market == Market.FirstGoalscorer)
        {
            yield return "first goalscorer";
        }
        if (bet.PlacedAt is { } placed && new MatchSchedule(match).At(placed).Clock is { Added: > 0 })
        {
            yield return "struck in stoppage time";
        }
        if (bet.PlayerName is { } name && bet.PlayerId is null)
        {
            yield return match.Home.Squad.Concat(match.Away.Squad).Any(p => p.Name == name) ? "player by name" : "player by name without accents";
        }
    }

    /// <summary>Whether the quirk changes what the bet's market reads.</summary>
    private static bool Touches(FeedQuirk quirk, Bet bet) => quirk switch
    {
        FeedQuirk.BookingMissingFromEvents or FeedQuirk.CoachBooked or FeedQuirk.SubstitutedPlayerBooked or FeedQuirk.CardChangedByVar => bet.Market is Market.YellowCards or Market.RedCards,
        FeedQuirk.NullHalfSplits or FeedQuirk.NoHalfColumns => bet.Period != BetPeriod.FullTime && bet.Scope != BetScope.Player,
        FeedQuirk.TotalAboveHalves => bet.Market == Market.Corners,
        FeedQuirk.MissedPenalty or FeedQuirk.GoalCancelledByVar => bet.Market is Market.Goals or Market.AnytimeGoalscorer or Market.FirstGoalscorer
            or Market.MatchResult or Market.AsianHandicap or Market.BothTeamsToScore,
        _ => true,
    };
}

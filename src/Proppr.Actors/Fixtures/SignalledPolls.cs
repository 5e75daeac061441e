using Proppr.Actors.Matches;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// The polls a fixture makes because the odds told of an event (<see cref="Odds.EventTell"/>), bounded so a flickering
/// market cannot spend FotMob's budget. A signal starts an episode with a poll at once; while FotMob does not show a new
/// event (a goal, card, corner, shot or foul more than the episode's previous answer showed) the episode polls again
/// every <see cref="FixtureSettings.SignalFollowUp"/>, at most <see cref="FixtureSettings.SignalFollowUps"/> times. The
/// episode's first answer is compared with nothing: the data the fixture had before it may be minutes old, and shots and
/// fouls since then would pass for the event told of. Signals during an episode belong to it.
/// <para>
/// The polls come out of a bucket of <see cref="FixtureSettings.SignalPollBurst"/> that refills one every
/// <see cref="FixtureSettings.SignalPollEvery"/>. A goal decides more bets than anything else, so an episode for what may
/// not be a goal (a corner, card, or a player's shot or foul) starts only if, all its polls spent, it leaves a whole
/// episode in the bucket.
/// </para>
/// </summary>
public sealed class SignalledPolls(FixtureSettings settings)
{
    /// <summary>The team counts a priced event raises (goals and cards are counted from their own lists).</summary>
    private static readonly Stat[] Counted = [Stat.Corners, Stat.Shots, Stat.Fouls];

    private double _inBucket = settings.SignalPollBurst;
    private DateTimeOffset? _filledAt;
    private int _keep;
    private int? _eventsAtLastAnswer;
    private int _followUpsLeft;

    /// <summary>An episode is waiting for FotMob to show its event.</summary>
    public bool InEpisode { get; private set; }

    /// <summary>The odds told of an event, maybe a goal: true when the fixture should poll now.</summary>
    public bool Signal(DateTimeOffset now, bool mayBeGoal)
    {
        var keep = mayBeGoal ? 0 : Episode;
        if (InEpisode || !Spend(now, keep + Episode - 1))
        {
            return false;
        }
        InEpisode = true;
        _keep = keep;
        _eventsAtLastAnswer = null;
        _followUpsLeft = settings.SignalFollowUps;
        return true;
    }

    /// <summary>FotMob answered a poll of the episode: the wait before the next, or null when the episode is over.</summary>
    public TimeSpan? Answered(DateTimeOffset now, int eventsShown)
    {
        if (!InEpisode)
        {
            return null;
        }
        var shown = eventsShown > _eventsAtLastAnswer;
        _eventsAtLastAnswer = eventsShown;
        if (!shown && _followUpsLeft > 0 && Spend(now, _keep))
        {
            _followUpsLeft--;
            return settings.SignalFollowUp;
        }
        InEpisode = false;
        return null;
    }

    /// <summary>Goals, cards, corners, shots and fouls the match data shows: what an event the odds told of adds to.</summary>
    public static int Events(MatchDetails? match) =>
        match is null ? 0 : match.Goals.Length + match.Cards.Length + Counted.Sum(stat => (int)(match.TeamStats.Total(stat)?.Total ?? 0));

    /// <summary>The polls of a whole episode: the first and its follow-ups.</summary>
    private int Episode => 1 + settings.SignalFollowUps;

    /// <summary>Takes a poll from the bucket if, after it, <paramref name="keep"/> are left.</summary>
    private bool Spend(DateTimeOffset now, int keep)
    {
        if (_filledAt is { } filledAt && now > filledAt)
        {
            _inBucket = Math.Min(settings.SignalPollBurst, _inBucket + ((now - filledAt) / settings.SignalPollEvery));
        }
        _filledAt = _filledAt is { } last && last > now ? last : now;
        if (_inBucket < 1 + keep)
        {
            return false;
        }
        _inBucket--;
        return true;
    }
}

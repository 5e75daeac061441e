using Proppr.Actors.Matches;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// The polls a fixture makes because the odds told of an event (<see cref="Odds.EventTell"/>), bounded so a flickering
/// market cannot spend FotMob's budget. A signal starts an episode with a poll at once; while FotMob does not show a new
/// event (a goal, card, corner, shot or foul more than when the episode began) the episode polls again every
/// <see cref="FixtureSettings.SignalFollowUp"/>, at most <see cref="FixtureSettings.SignalFollowUps"/> times. Signals
/// during an episode belong to it. Over any <see cref="FixtureSettings.SignalLimitWindow"/>, no more than
/// <see cref="FixtureSettings.SignalPollLimit"/> such polls are made, follow-ups included.
/// </summary>
public sealed class SignalledPolls(FixtureSettings settings)
{
    /// <summary>The team counts a priced event raises (goals and cards are counted from their own lists).</summary>
    private static readonly Stat[] Counted = [Stat.Corners, Stat.Shots, Stat.Fouls];

    private readonly Queue<DateTimeOffset> _recent = new();
    private int? _eventsAtSignal;
    private int _followUpsLeft;

    /// <summary>An episode is waiting for FotMob to show its event.</summary>
    public bool InEpisode => _eventsAtSignal is not null;

    /// <summary>The odds told of an event: true when the fixture should poll now.</summary>
    public bool Signal(DateTimeOffset now, int eventsShown)
    {
        if (InEpisode || !Spend(now))
        {
            return false;
        }
        _eventsAtSignal = eventsShown;
        _followUpsLeft = settings.SignalFollowUps;
        return true;
    }

    /// <summary>FotMob answered a poll of the episode: the wait before the next, or null when the episode is over.</summary>
    public TimeSpan? Answered(DateTimeOffset now, int eventsShown)
    {
        if (_eventsAtSignal is not { } before)
        {
            return null;
        }
        if (eventsShown <= before && _followUpsLeft > 0 && Spend(now + settings.SignalFollowUp))
        {
            _followUpsLeft--;
            return settings.SignalFollowUp;
        }
        _eventsAtSignal = null;
        return null;
    }

    /// <summary>Goals, cards, corners, shots and fouls the match data shows: what an event the odds told of adds to.</summary>
    public static int Events(MatchDetails? match) =>
        match is null ? 0 : match.Goals.Length + match.Cards.Length + Counted.Sum(stat => (int)(match.TeamStats.Total(stat)?.Total ?? 0));

    /// <summary>Counts a poll at <paramref name="at"/> if the window has room for it.</summary>
    private bool Spend(DateTimeOffset at)
    {
        while (_recent.Count > 0 && _recent.Peek() <= at - settings.SignalLimitWindow)
        {
            _recent.Dequeue();
        }
        if (_recent.Count >= settings.SignalPollLimit)
        {
            return false;
        }
        _recent.Enqueue(at);
        return true;
    }
}

using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>
/// Every minute a match is played, as FotMob writes them: 1 to 45, then 45+1 to 45+added, 46 to 90, then 90+1 onwards.
/// Events are drawn from these minutes, so stoppage time gets its share.
/// </summary>
public sealed class PlayingTime
{
    private readonly List<MatchTime> _minutes = [];

    public PlayingTime(int firstHalfAdded, int secondHalfAdded)
    {
        FirstHalfAdded = firstHalfAdded;
        SecondHalfAdded = secondHalfAdded;
        AddHalf(1, 45, firstHalfAdded);
        AddHalf(46, 90, secondHalfAdded);
    }

    public int FirstHalfAdded { get; }

    public int SecondHalfAdded { get; }

    public MatchTime HalfTime => new(45, FirstHalfAdded);

    public MatchTime FullTime => new(90, SecondHalfAdded);

    /// <summary>A random played minute between <paramref name="from"/> and <paramref name="to"/>, both included.</summary>
    internal MatchTime Random(Random random, MatchTime from, MatchTime to)
    {
        var candidates = _minutes.Where(m => m >= from && m <= to).ToList();
        return random.Pick(candidates);
    }

    internal MatchTime Random(Random random) => random.Pick(_minutes);

    private void AddHalf(int first, int last, int added)
    {
        for (var minute = first; minute <= last; minute++)
        {
            _minutes.Add(new MatchTime(minute));
        }
        for (var extra = 1; extra <= added; extra++)
        {
            _minutes.Add(new MatchTime(last, extra));
        }
    }
}

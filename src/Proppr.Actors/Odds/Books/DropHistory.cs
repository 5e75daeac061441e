namespace Proppr.Actors.Odds.Books;

/// <summary>
/// The latest drops of a book, oldest first, up to a limit: a ring of plain values, so recording a drop on the tick
/// path allocates nothing once the ring has grown; <see cref="PriceDrop"/>s are made only when someone reads them.
/// </summary>
internal sealed class DropHistory(int limit)
{
    private Entry[] _ring = [];
    private int _start;
    private int _count;

    public int Count => _count;

    public void Add(string bookmaker, OddsKey key, decimal oldPrice, decimal newPrice, decimal percent, DateTimeOffset at)
    {
        if (limit == 0)
        {
            return;
        }
        if (_count == _ring.Length && _ring.Length < limit)
        {
            Grow();
        }
        var entry = new Entry(bookmaker, key, oldPrice, newPrice, percent, at);
        if (_count < _ring.Length)
        {
            _ring[(_start + _count++) % _ring.Length] = entry;
            return;
        }
        _ring[_start] = entry;
        _start = (_start + 1) % _ring.Length;
    }

    /// <summary>The last <paramref name="count"/> drops (fewer when fewer are kept), oldest first.</summary>
    public PriceDrop[] Latest(int count)
    {
        var taken = Math.Min(count, _count);
        var drops = new PriceDrop[taken];
        for (var i = 0; i < taken; i++)
        {
            drops[i] = _ring[(_start + _count - taken + i) % _ring.Length].ToDrop();
        }
        return drops;
    }

    /// <summary>Doubles the ring (up to the limit), oldest first at the start again.</summary>
    private void Grow()
    {
        var grown = new Entry[Math.Min(limit, Math.Max(8, _ring.Length * 2))];
        for (var i = 0; i < _count; i++)
        {
            grown[i] = _ring[(_start + i) % _ring.Length];
        }
        _ring = grown;
        _start = 0;
    }

    private readonly record struct Entry(string Bookmaker, OddsKey Key, decimal OldPrice, decimal NewPrice, decimal Percent, DateTimeOffset At)
    {
        public PriceDrop ToDrop() => new(Bookmaker, Key, OldPrice, NewPrice, Percent, At);
    }
}

namespace Proppr.Replay.Generation;

/// <summary>The few distributions the generator draws from, on a seeded <see cref="Random"/> so a seed replays exactly.</summary>
internal static class RandomExtensions
{
    /// <summary>A Poisson count (Knuth's method: fine for the small means of football events).</summary>
    public static int Poisson(this Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }
        return count;
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A uniform value in [min, max).</summary>
    public static double Between(this Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    /// <summary>A decimal in [min, max) rounded to <paramref name="decimals"/> places, as providers print them.</summary>
    public static decimal Decimal(this Random random, double min, double max, int decimals) =>
        Math.Round((decimal)random.Between(min, max), decimals, MidpointRounding.AwayFromZero);

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>One item, drawn with probability proportional to its weight; null when nothing has weight.</summary>
    public static T? PickWeighted<T>(this Random random, IReadOnlyList<T> items, Func<T, double> weight) where T : class
    {
        var total = items.Sum(weight);
        if (total <= 0)
        {
            return null;
        }
        var target = random.NextDouble() * total;
        foreach (var item in items)
        {
            target -= weight(item);
            if (target < 0)
            {
                return item;
            }
        }
        return items[^1];
    }

    /// <summary><paramref name="count"/> distinct items in random order (a partial Fisher-Yates shuffle).</summary>
    public static List<T> Sample<T>(this Random random, IEnumerable<T> items, int count)
    {
        var pool = items.ToList();
        var taken = Math.Min(count, pool.Count);
        for (var i = 0; i < taken; i++)
        {
            var j = random.Next(i, pool.Count);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return pool.GetRange(0, taken);
    }
}

namespace Proppr.Replay.Generation;

/// <summary>What match day to generate. The same options always give the same day, to the byte.</summary>
public sealed record MatchDayOptions
{
    /// <summary>The most fixtures one day can hold: the name pools must give every team and player a name of its own.</summary>
    public const int MaxFixtures = 60;

    public int Seed { get; init; } = 1;

    public int Fixtures { get; init; } = 10;

    public DateOnly Date { get; init; } = new(2025, 3, 15);

    /// <summary>The first kickoff (UTC); the others are spread evenly up to <see cref="LastKickoff"/>, on 5-minute marks.</summary>
    public TimeOnly FirstKickoff { get; init; } = new(12, 0);

    public TimeOnly LastKickoff { get; init; } = new(20, 0);

    /// <summary>The share of played matches that get a stat correction after full time.</summary>
    public double CorrectionShare { get; init; } = 0.2;

    /// <summary>
    /// The share of corrections published late: after the first correction check (30 minutes after full time), in time
    /// for the second (2 hours).
    /// </summary>
    public double LateCorrectionShare { get; init; } = 0.25;

    /// <summary>How often the feed's quirks (disagreeing sources, rare events) happen.</summary>
    public FeedQuirkRates Quirks { get; init; } = FeedQuirkRates.Realistic;

    /// <summary>
    /// The FotMob shape eras of the day's matches; unset, they follow <see cref="Quirks"/>: the 2024/25 shape alone for
    /// the tidy feed, each era at least once when every quirk is forced, else the realistic mix.
    /// </summary>
    public FotMobEraMix? Eras { get; init; }

    public FotMobEraMix EraMix => Eras ?? (Quirks == FeedQuirkRates.None ? FotMobEraMix.Latest
        : Quirks.ForceEach ? FotMobEraMix.Every
        : FotMobEraMix.Realistic);

    /// <summary>Whether exactly one match of the day is postponed (it never kicks off).</summary>
    public bool PostponeOne { get; init; } = true;

    public ReplayLeague League { get; init; } = new(9901, "Replay Premier Division", "ENG");

    internal void Validate()
    {
        if (Fixtures is < 1 or > MaxFixtures)
        {
            throw new ArgumentOutOfRangeException(nameof(Fixtures), Fixtures, $"between 1 and {MaxFixtures} fixtures");
        }
        if (LastKickoff < FirstKickoff)
        {
            throw new ArgumentException("the last kickoff is before the first", nameof(LastKickoff));
        }
        Share(nameof(CorrectionShare), CorrectionShare);
        Share(nameof(LateCorrectionShare), LateCorrectionShare);
    }

    private static void Share(string name, double value)
    {
        if (value is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(name, value, "a share between 0 and 1");
        }
    }
}

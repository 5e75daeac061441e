namespace Proppr.Replay.Generation;

/// <summary>The made-up competition of a match day, with FotMob's league id and the odds provider's slug.</summary>
public sealed record ReplayLeague(long Id, string Name, string CountryCode)
{
    public string Slug => string.Join('-', Name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

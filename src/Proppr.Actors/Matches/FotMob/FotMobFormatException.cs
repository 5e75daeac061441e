namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// A FotMob payload that cannot describe a match: not JSON, not an object, or missing a part every match has.
/// The message names the path that was wrong (<c>header.teams missing</c>). Optional parts never cause it.
/// </summary>
public sealed class FotMobFormatException : Exception
{
    public FotMobFormatException(string message)
        : base(message)
    {
    }

    public FotMobFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace Proppr.Replay.Generation;

/// <summary>A player's usual line, in FotMob's order (<c>usualPlayingPositionId</c> 0 to 3).</summary>
public enum Position
{
    Goalkeeper,
    Defender,
    Midfielder,
    Forward,
}

namespace Proppr.Actors.ReadModel.Clients;

/// <summary>
/// How the monitor shows a client's category, as BetMonitor did: red for risk and the watchlist, purple for a new
/// registration, green for a good client; blue for a category a desk made up, which carries none of those meanings.
/// </summary>
public enum CategoryColour
{
    Red,
    Purple,
    Green,
    Blue,
}

using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Bets;

/// <summary>
/// Bounds how many hand-offs (one fixture's batch, one odds event's resolution) the node has in flight at once, across
/// all requests. A bulk import then waits here for a slot instead of starting thousands of fixtures, recoveries and
/// journal writes together, whose asks would time out together and answer good bets "unavailable".
/// </summary>
public sealed class HandOffGate(ApiSettings settings)
{
    /// <summary>At least one: <see cref="SettingsRules"/> stops a node configured otherwise.</summary>
    private readonly SemaphoreSlim _slots = new(settings.HandOffsInFlight, settings.HandOffsInFlight);

    /// <summary>Runs <paramref name="handOff"/> once a slot is free; the slot is given back however it ends.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> handOff, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await handOff();
        }
        finally
        {
            _slots.Release();
        }
    }
}

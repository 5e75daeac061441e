namespace Proppr.Actors.Hosting;

/// <summary>
/// A store's tables, created on first use and not asked again in this process; a database that failed once is asked
/// again on the next use.
/// </summary>
public sealed class CreatedOnce(Func<CancellationToken, Task> create)
{
    private Task? _created;

    public async Task EnsureAsync()
    {
        var creating = _created ??= create(CancellationToken.None);
        try
        {
            await creating;
        }
        catch
        {
            _created = null;
            throw;
        }
    }
}

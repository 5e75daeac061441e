namespace Proppr.TestSupport;

/// <summary>
/// Waits for an assertion about an asynchronous system to hold, retrying until a generous deadline: tests state
/// what must become true, never how fast.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static async Task HoldsAsync(Func<Task> assertion, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            try
            {
                await assertion();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    public static Task HoldsAsync(Action assertion, TimeSpan? timeout = null) =>
        HoldsAsync(() =>
        {
            assertion();
            return Task.CompletedTask;
        }, timeout);
}

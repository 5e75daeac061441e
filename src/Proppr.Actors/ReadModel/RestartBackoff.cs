using Akka.Streams;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// How a journal-following stream (the projection, the live feed) waits before starting again after a failure
/// (database unreachable, a read-model conflict): doubling from <see cref="Min"/> up to <see cref="Max"/>, jittered.
/// </summary>
public sealed record RestartBackoff(TimeSpan Min, TimeSpan Max)
{
    public static readonly RestartBackoff Default = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    private const double RandomFactor = 0.2;

    public RestartSettings Settings => RestartSettings.Create(Min, Max, RandomFactor);
}

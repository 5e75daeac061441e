using Akka.Actor;

namespace Proppr.Node.Alerts;

/// <summary>
/// Asks a singleton for its state on behalf of an alert condition: the answer, or, when it does not come in time, the
/// alert that says the singleton is not answering and what that stops.
/// </summary>
public sealed record SingletonQuery(string Key, string Name, string Consequence)
{
    public async Task<(T? State, Alert? Silent)> AskAsync<T>(IActorRef singleton, object query, TimeSpan timeout, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return (await singleton.Ask<T>(query, timeout, cancellationToken), null);
        }
        catch (AskTimeoutException)
        {
            return (null, new Alert(Key, $"{Name} not answering", $"the {Name.ToLowerInvariant()} singleton did not answer within {timeout}: {Consequence}"));
        }
    }
}

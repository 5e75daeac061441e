using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Fixtures;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Fixtures;

/// <summary>
/// Asks several fixtures the same query at once, for the monitor's overviews. Only fixtures with tracked bets should be
/// asked (an unknown id would start a fixture that polls for good). A fixture that does not answer in time is left
/// out of the answers rather than failing the whole request: the caller says which are missing.
/// </summary>
public sealed class FixtureLookup(IRequiredActor<FixtureRegion> fixtures, ApiSettings settings)
{
    public async Task<IReadOnlyDictionary<long, TAnswer>> AskEachAsync<TAnswer>(
        IEnumerable<long> fixtureIds, Func<long, IFixtureCommand> query, CancellationToken cancellationToken)
    {
        var answers = await Task.WhenAll(fixtureIds.Distinct().Select(async id =>
        {
            try
            {
                return (Id: id, Answer: await fixtures.ActorRef.AskResendingAsync<TAnswer>(query(id), settings, cancellationToken));
            }
            catch (AskTimeoutException)
            {
                return (Id: id, Answer: default(TAnswer));
            }
        }));
        return answers.Where(a => a.Answer is not null).ToDictionary(a => a.Id, a => a.Answer!);
    }
}

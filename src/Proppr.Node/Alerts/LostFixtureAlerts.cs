using Akka.Actor;
using Proppr.Actors.Matches.Resolution;

namespace Proppr.Node.Alerts;

/// <summary>
/// Fixtures whose FotMob id stopped answering and whose match the resolver has not found (at least one search failed):
/// one alert each, until the match is found or an operator maps it. Their open bets wait meanwhile.
/// </summary>
public sealed class LostFixtureAlerts(IActorRef resolver, TimeSpan timeout) : IAlertCondition
{
    private static readonly SingletonQuery Query = new("resolver-unavailable", "Fixture resolver", "bets on unresolved or lost fixtures wait");

    public async Task<IReadOnlyList<Alert>> CheckAsync(CancellationToken cancellationToken)
    {
        var (state, silent) = await Query.AskAsync<UnresolvedFixtures>(resolver, GetUnresolvedFixtures.Instance, timeout, cancellationToken);
        if (state is null)
        {
            return [silent!];
        }
        return
        [
            .. state.Items
                .Where(item => item.Attempts > 0)
                .Select(item => (item, Fixture: FixtureRelocation.FixtureOf(item.Query.ExternalId)))
                .Where(lost => lost.Fixture is not null)
                .Select(lost => new Alert(
                    $"fixture-lost:{lost.Fixture}",
                    $"Fixture {lost.Fixture} stopped answering",
                    $"FotMob no longer answers match {lost.Fixture} with that match, and its match was not found after {lost.item.Attempts} " +
                    $"search(es) ({lost.item.LastError}). Its open bets wait: map {lost.item.Query.ExternalId} to the right match id " +
                    "(POST /api/manage/mappings) to move them.")),
        ];
    }
}

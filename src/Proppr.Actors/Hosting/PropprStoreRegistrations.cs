using Microsoft.Extensions.DependencyInjection;
using Proppr.Actors.Betting.Players;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds.History;
using Proppr.Actors.ReadModel;
using Proppr.Actors.ReadModel.Clients;
using Proppr.Actors.Stats;

namespace Proppr.Actors.Hosting;

/// <summary>
/// The one place the project's stores and queries are made: each once, on one database, as a DI singleton. The
/// hosting extensions and the API take them from here (the actors through Akka.Hosting's dependency resolver); their
/// tables are created by <see cref="DatabaseSchema"/> before the actor system starts.
/// </summary>
public static class PropprStoreRegistrations
{
    public static IServiceCollection AddPropprStores(this IServiceCollection services, DatabaseOptions database, SeasonCalendar calendar) =>
        services
            .AddSingleton(database)
            .AddSingleton(new BetReadModelStore(database))
            .AddSingleton(new BetQueries(database))
            .AddSingleton(new OddsHistoryStore(database))
            .AddSingleton(new OddsHistoryQueries(database))
            .AddSingleton(new StatsStore(database))
            .AddSingleton(new StatsQueries(database, calendar))
            .AddSingleton(new FixtureMappingStore(database))
            .AddSingleton(new PlayerMappingStore(database))
            .AddSingleton(new ClientCategoryStore(database));
}

using System.Text.Json;
using Akka;
using Akka.Actor;
using Akka.Streams.Dsl;
using Proppr.Actors.ReadModel.Clients;
using Proppr.Node.Api.Clients;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Stream;

/// <summary>
/// <c>client_category</c>: a desk put a client in a category or took it out, on any node. Not journaled, so no id: a
/// client that reconnects reads <c>GET /api/clients/categories</c> again, which has them all.
/// </summary>
public sealed class ClientCategoryEvents(ActorSystem system, ApiSettings settings) : ILiveEventSource
{
    public async Task<Source<LiveEvent, NotUsed>> SubscribeAsync(long? lastEventId, CancellationToken cancellationToken)
    {
        var changes = await TopicSubscription.SubscribeAsync<ClientCategoryChanged>(system, ClientCategoryChanged.Topic, settings, cancellationToken);
        return changes.Select(ToLiveEvent);
    }

    public static LiveEvent ToLiveEvent(ClientCategoryChanged change) =>
        new("client_category", JsonSerializer.Serialize(ClientCategoryEntry.From(change), ContractJson.Options));
}

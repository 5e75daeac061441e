using System.Text.Json;
using Akka.Actor;
using Proppr.Actors.Betting;
using Proppr.Actors.ReadModel.Clients;

namespace Proppr.Node.Api.Clients;

/// <summary>
/// The desk's client categories (<see cref="ClientCategories"/>): <c>GET /api/clients/categories</c> lists the
/// categories (BetMonitor's four, then the desk's own in use) and every categorised client (read);
/// <c>PUT /api/clients/categories</c> puts a client in one, replacing the one it was in, and
/// <c>DELETE /api/clients/categories?client=</c> takes it out (writes). A change is in the table before it is
/// announced to every node's stream (<c>client_category</c>).
/// </summary>
public static class ClientCategoryEndpoints
{
    private const string Path = "/api/clients/categories";

    public static void MapClientCategoryEndpoints(this IEndpointRouteBuilder app, ApiAccess access)
    {
        access.Reads(app.MapGet(Path, async (ClientCategoryStore store, CancellationToken cancellationToken) =>
        {
            var clients = await store.ListAsync(cancellationToken);
            var names = ClientCategories.BuiltIn.Concat(clients.Select(entry => entry.Category).Distinct().Order(StringComparer.Ordinal)).Distinct();
            return Results.Ok(new ClientCategoryList(
                [.. names.Select(name => new CategoryName(name, ClientCategories.ColourOf(name), ClientCategories.BuiltIn.Contains(name)))],
                [.. clients.Select(ClientCategoryEntry.From)]));
        }));

        access.Writes(app.MapPut(Path, async (HttpRequest http, ClientCategoryStore store, ActorSystem system, CancellationToken cancellationToken) =>
        {
            // Read here rather than bound, so a body that is not JSON gets the API's sentence (JsonErrors), whatever its content type.
            var request = await JsonSerializer.DeserializeAsync<ClientCategoryRequest>(http.Body, ContractJson.Options, cancellationToken);
            if (request is null)
            {
                return ApiError.BadRequest("send {\"client\": \"<client as bets name it>\", \"category\": \"<category>\", \"note\": \"<optional>\"}");
            }
            if (ClientCategories.ClientOf(request.Client) is not { } client)
            {
                return ApiError.BadRequest(ClientRule);
            }
            if (ClientCategories.NameOf(request.Category) is not { } category)
            {
                return ApiError.BadRequest(
                    $"category '{request.Category}' is not a category name: a letter, then letters, digits, spaces or underscores, at most " +
                    $"{ClientCategories.MaxNameLength} ({string.Join(", ", ClientCategories.BuiltIn)}, or a desk's own)");
            }
            var note = request.Note?.Trim();
            if (note is { Length: > BetLimits.MaxTextLength })
            {
                return ApiError.BadRequest($"note is at most {BetLimits.MaxTextLength} characters");
            }
            var entry = new ClientCategory(client, category, string.IsNullOrEmpty(note) ? null : note, DateTimeOffset.UtcNow);
            await store.SetAsync(entry, cancellationToken);
            return Announce(system, new ClientCategoryChanged(client, entry));
        }));

        access.Writes(app.MapDelete(Path, async (HttpRequest request, ClientCategoryStore store, ActorSystem system, CancellationToken cancellationToken) =>
        {
            if (ClientCategories.ClientOf(new QueryParameters(request.Query).Text("client")) is not { } client)
            {
                return ApiError.BadRequest(ClientRule);
            }
            if (!await store.RemoveAsync(client, cancellationToken))
            {
                return ApiError.NotFound($"client '{client}' is in no category");
            }
            return Announce(system, new ClientCategoryChanged(client, null));
        }));
    }

    /// <summary>Tells every node's stream, once the table holds the change, and answers it.</summary>
    private static IResult Announce(ActorSystem system, ClientCategoryChanged change)
    {
        ClientCategoryChanged.Topic.Publish(system, change);
        return Results.Ok(ClientCategoryEntry.From(change));
    }

    private static string ClientRule =>
        $"client is required: the client as bets name it, 1 to {BetLimits.MaxTextLength} characters without control characters";
}

/// <summary>The body of <c>PUT /api/clients/categories</c>.</summary>
public sealed record ClientCategoryRequest(string? Client, string? Category, string? Note);

/// <summary>A category a client can be put in, with its colour; built-in ones are BetMonitor's.</summary>
public sealed record CategoryName(string Name, CategoryColour Colour, bool BuiltIn);

public sealed record ClientCategoryList(IReadOnlyList<CategoryName> Categories, IReadOnlyList<ClientCategoryEntry> Clients);

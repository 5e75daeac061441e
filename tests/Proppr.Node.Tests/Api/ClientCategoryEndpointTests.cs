using System.Text.Json.Nodes;

namespace Proppr.Node.Tests.Api;

/// <summary>
/// <c>/api/clients/categories</c> on a real node: writes need the token, bad input is refused with a sentence and
/// changes nothing, a change reaches the live stream, and the categories outlive the node.
/// </summary>
public sealed class ClientCategoryEndpointTests
{
    private const string Path = "api/clients/categories";

    private static async Task<(int Status, JsonNode Body)> DeleteAsync(HttpClient http, string client)
    {
        using var response = await http.DeleteAsync($"{Path}?client={Uri.EscapeDataString(client)}");
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static IReadOnlyList<(string Client, string Category, string Colour, string? Note)> Clients(JsonNode list) =>
        [.. list["clients"]!.AsArray().Select(c => ((string)c!["client"]!, (string)c["category"]!, (string)c["colour"]!, (string?)c["note"]))];

    [Fact]
    public async Task Writes_need_the_token_and_a_refused_write_changes_nothing()
    {
        await using var node = await NodeUnderTest.StartAsync();
        using var anonymous = node.Client();
        using var wrong = node.Client("not-the-token");
        const string body = """{"client":"acc-1","category":"watchlist"}""";

        var (noToken, refusal) = await anonymous.PutAsync(Path, body);
        noToken.Should().Be(401);
        ((string)refusal["error"]!).Should().Contain("bearer token is required");
        (await wrong.PutAsync(Path, body)).Status.Should().Be(401);
        (await DeleteAsync(anonymous, "acc-1")).Status.Should().Be(401);

        var list = await anonymous.GetOkAsync(Path);
        list["clients"]!.AsArray().Should().BeEmpty("reads are open, and nothing was written");
        list["categories"]!.AsArray().Select(c => ((string)c!["name"]!, (string)c["colour"]!, (bool)c["built_in"]!)).Should().Equal(
            ("watchlist", "red", true), ("risk", "red", true), ("new_registration", "purple", true), ("good_client", "green", true));
    }

    [Theory]
    [InlineData("""{"category":"watchlist"}""", "client is required")]
    [InlineData("""{"client":"   ","category":"watchlist"}""", "client is required")]
    [InlineData("""{"client":"acc-1"}""", "category '' is not a category name")]
    [InlineData("""{"client":"acc-1","category":"9lives"}""", "category '9lives' is not a category name")]
    [InlineData("""{"client":"acc-1","category":"vip!"}""", "category 'vip!' is not a category name")]
    [InlineData("""{"client":"acc-1","category":"watchlist","note":"NOTE"}""", "note is at most 200 characters")]
    [InlineData("""{"client":"acc-1","category":""", "not valid JSON")]
    [InlineData("null", "send {")]
    public async Task Bad_input_gets_a_sentence_saying_what_is_wrong_and_changes_nothing(string body, string error)
    {
        await using var node = await NodeUnderTest.StartAsync();
        using var http = node.Client(NodeUnderTest.Token);

        var (status, answer) = await http.PutAsync(Path, body.Replace("NOTE", new string('n', 201)));

        status.Should().Be(400);
        ((string)answer["error"]!).Should().Contain(error);
        (await http.GetOkAsync(Path))["clients"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Set_replace_and_remove_reach_the_stream_and_the_categories_outlive_a_restart()
    {
        var node = await NodeUnderTest.StartAsync();
        try
        {
            using var http = node.Client(NodeUnderTest.Token);
            await using (var stream = await EventStreamClient.OpenAsync(node.Client()))
            {
                var (set, entry) = await http.PutAsync(Path, """{"client":"acc-1","category":"New registration","note":" opened today "}""");
                set.Should().Be(200);
                ((string)entry["category"]!, (string)entry["colour"]!, (string)entry["note"]!).Should().Be(("new_registration", "purple", "opened today"));
                (await http.PutAsync(Path, """{"client":"acc-1","category":"watchlist"}""")).Status.Should().Be(200);
                (await http.PutAsync(Path, """{"client":"Jane Doe, Leeds","category":"Staff account"}""")).Status.Should().Be(200);
                (await http.PutAsync(Path, """{"client":"acc-9","category":"good_client"}""")).Status.Should().Be(200);
                (await DeleteAsync(http, "acc-9")).Status.Should().Be(200);

                var events = await stream.CollectAsync("client_category", 5);
                events.Select(e => ((string)e["client"]!, (string?)e["category"], (string?)e["colour"])).Should().Equal(
                    ("acc-1", "new_registration", "purple"), ("acc-1", "watchlist", "red"), ("Jane Doe, Leeds", "staff_account", "blue"),
                    ("acc-9", "good_client", "green"), ("acc-9", null, null));
            }
            var (missing, refusal) = await DeleteAsync(http, "acc-9");
            missing.Should().Be(404);
            ((string)refusal["error"]!).Should().Be("client 'acc-9' is in no category");

            node = await node.RestartAsync();

            var list = await node.Client().GetOkAsync(Path);
            Clients(list).Should().Equal(("Jane Doe, Leeds", "staff_account", "blue", null), ("acc-1", "watchlist", "red", null));
            list["categories"]!.AsArray().Select(c => (string)c!["name"]!).Should().Equal(
                "watchlist", "risk", "new_registration", "good_client", "staff_account");
        }
        finally
        {
            await node.DisposeAsync();
        }
    }
}

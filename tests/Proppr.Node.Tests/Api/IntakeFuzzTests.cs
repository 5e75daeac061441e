using System.Net;
using System.Text;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Api;

/// <summary>
/// Issue 15's fuzz, seeded and bounded: generated bodies of odd bets and mutated copies of good ones. No answer is a
/// 5xx, every bet of a readable body is answered, and every bet answered accepted can be fetched back afterwards.
/// </summary>
public sealed class IntakeFuzzTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private const int Seed = 15;
    private const int GeneratedBodies = 2000;
    private const int MutatedBodies = 300;

    private static readonly string[] OddStrings =
    [
        "", " ", "x", "\\ud800", "\\udc00x", "a/b", "a\\u0000b", "..", "%2F", "é", "\\ud83d\\ude00", new('x', 300), "2.5", "-1",
    ];

    private static readonly string[] OddNumbers =
    [
        "0", "-1", "1", "1.5", "2.25", "1e28", "-7.9e28", "9223372036854775807", "1e400", "0.0000000000000000000000000001", "10000", "10000000",
    ];

    private static readonly string[] Fields =
    [
        "bet_id", "fixture_id", "scope", "market", "selection", "line", "odds", "stake", "client", "source", "placed_at", "player_id",
        "player_name", "period", "kickoff", "odds_fixture_id", "home_team", "away_team", "void_rule",
    ];

    private readonly HttpClient _http = fixture.Node.Client(NodeUnderTest.Token);

    [Fact]
    public async Task Generated_and_mutated_bodies_get_no_5xx_every_bet_an_answer_and_every_accepted_bet_is_kept()
    {
        var random = new Random(Seed);
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < GeneratedBodies; i++)
        {
            var bets = Enumerable.Range(0, random.Next(1, 5)).Select(_ => OddBet(random, i)).ToArray();
            var (status, body) = await _http.PostAsync("api/bets", "[" + string.Join(",", bets) + "]");
            status.Should().Be(200, string.Join(",", bets));
            var answers = ApiJson.Answers(body);
            answers.Should().HaveCount(bets.Length);
            accepted.UnionWith(answers.Where(a => a.Status == "accepted").Select(a => a.BetId!));
        }
        for (var i = 0; i < MutatedBodies; i++)
        {
            var text = Mutate(random, string.Join('\n', Enumerable.Range(0, 3).Select(n => MatchBets.OverGoals($"fuzz-m{i}-{n}").ToJsonString())));
            using var response = await _http.PostAsync("api/bets", new StringContent(text, Encoding.UTF8, "application/json"));
            ((int)response.StatusCode).Should().BeLessThan(500, text);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var answers = ApiJson.Answers(System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
                accepted.UnionWith(answers.Where(a => a.Status == "accepted").Select(a => a.BetId!));
            }
        }

        accepted.Should().NotBeEmpty();
        await Eventually.HoldsAsync(async () =>
        {
            foreach (var id in accepted)
            {
                (await _http.GetJsonAsync($"api/bets/{Uri.EscapeDataString(id)}")).Status.Should().Be(200, id);
            }
        });
    }

    /// <summary>A good bet with one to three fields replaced by odd values (text written by hand, so lone surrogates survive).</summary>
    private static string OddBet(Random random, int body)
    {
        var fields = new Dictionary<string, string>
        {
            ["bet_id"] = $"\"fuzz-{body}-{random.Next(3)}\"",
            ["fixture_id"] = random.Next(2) == 0 ? MatchBets.FixtureId.ToString() : "4813415",
            ["scope"] = "\"match\"",
            ["market"] = "\"goals\"",
            ["selection"] = "\"over\"",
            ["line"] = "2.5",
            ["odds"] = "1.9",
            ["stake"] = "10",
        };
        for (var n = random.Next(0, 4); n > 0; n--)
        {
            var field = Fields[random.Next(Fields.Length)];
            fields[field] = random.Next(2) == 0 ? $"\"{OddStrings[random.Next(OddStrings.Length)]}\"" : OddNumbers[random.Next(OddNumbers.Length)];
        }
        return "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Value}")) + "}";
    }

    /// <summary>A few characters of <paramref name="text"/> deleted, repeated or replaced by JSON's own punctuation.</summary>
    private static string Mutate(Random random, string text)
    {
        const string punctuation = "{}[]\",:\\\n 0e-.u";
        var builder = new StringBuilder(text);
        for (var n = random.Next(1, 6); n > 0 && builder.Length > 1; n--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(3))
            {
                case 0: builder.Remove(at, 1); break;
                case 1: builder.Insert(at, builder[at]); break;
                default: builder[at] = punctuation[random.Next(punctuation.Length)]; break;
            }
        }
        return builder.ToString();
    }
}

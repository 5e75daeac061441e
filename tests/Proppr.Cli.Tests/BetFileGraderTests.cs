using System.Text.Json.Nodes;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.TestSupport;

namespace Proppr.Cli.Tests;

/// <summary>
/// The grader never fails on a line: every way of breaking the example's bets (cut short anywhere, a field removed,
/// a field given an odd value) still gives exactly one settlement, with a reason if it is a rejection, on a finished
/// match and on a live one.
/// </summary>
public class BetFileGraderTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 5, 19, 0, 0, TimeSpan.Zero);
    private static readonly RealMatch Match = new(ExampleBets.MatchId);

    private static readonly JsonNode?[] OddValues =
    [
        null, "", " ", "x", "-", true, 0, -1, 0.1, 1, 1.0000000001, 2.3333333333333333333, 1e28, 1e300,
        JsonValue.Create(decimal.MaxValue), new JsonArray(), new JsonObject(), "2026-13-45T99:00:00Z",
    ];

    public static TheoryData<string> Moments => new() { "full time", "minute 60" };

    [Theory]
    [MemberData(nameof(Moments))]
    public void Every_broken_bet_line_gives_exactly_one_settlement(string moment)
    {
        var match = moment == "full time" ? Match.FullTime : Match.At(60);
        var lines = File.ReadAllLines(ExampleBets.Path).SelectMany(Breakages).ToList();

        foreach (var line in lines)
        {
            // A grader per line, so no line is only a duplicate of the one before it.
            var graded = new BetFileGrader(match, new Settler(SettlementPolicy.Default), Now).Grade([line]).ToList();

            graded.Should().ContainSingle(line);
            var settlement = graded[0].Settlement;
            if (settlement.Status == SettlementStatus.Rejected)
            {
                settlement.Reason.Should().NotBeNullOrEmpty(line);
                (settlement.Returns, settlement.ProfitLoss).Should().Be((0m, 0m), line);
            }
            settlement.Returns.Should().BeGreaterThanOrEqualTo(0m, line);
        }
        lines.Should().HaveCountGreaterThan(3000, "that is how many ways the example was broken");
    }

    [Fact]
    public void Blank_lines_give_nothing_and_line_numbers_count_them()
    {
        string[] lines = ["", File.ReadLines(ExampleBets.Path).First(), "  ", "{"];

        var graded = new BetFileGrader(Match.FullTime, new Settler(SettlementPolicy.Default), Now).Grade(lines).ToList();

        graded.Select(line => (line.LineNumber, line.Settlement.Status)).Should().Equal(
            (2, SettlementStatus.Won), (4, SettlementStatus.Rejected));
        graded[1].Problem.Should().StartWith("not valid JSON");
    }

    [Fact]
    public void An_in_play_handicap_counts_only_the_goals_after_its_placed_at()
    {
        // Struck at 17:45 UTC, 0-1 after Martinez's 52' (the second half kicked off at 17:34:19): 2-1 followed.
        const string line = """{"bet_id":"ah-1","fixture_id":4506508,"scope":"match","market":"asian_handicap","selection":"home","line":-0.5,"odds":1.9,"stake":10,"placed_at":"2025-01-05T17:45:00Z"}""";

        var graded = new BetFileGrader(Match.FullTime, new Settler(SettlementPolicy.Default), Now)
            .Grade([line, line.Replace("ah-1", "ah-2").Replace(",\"placed_at\":\"2025-01-05T17:45:00Z\"", "")]).ToList();

        graded.Select(result => (result.Settlement.BetId, result.Settlement.Status, result.Settlement.ActualValue, result.Problem)).Should().Equal(
            ("ah-1", SettlementStatus.Won, 1m, (string?)null),
            ("ah-2", SettlementStatus.Lost, 0m, (string?)null));
    }

    [Fact]
    public void A_handicap_placed_at_a_moment_the_payload_cannot_place_says_so_and_counts_every_goal()
    {
        // Arsenal 3-1 Man Utd (2023 shape): only the kickoff, 15:30 UTC, is known; 16:40 is half time or later.
        var arsenalManUtd = new RealMatch(4193490).FullTime;
        const string line = """{"bet_id":"ah-3","fixture_id":4193490,"scope":"match","market":"asian_handicap","selection":"away","line":1.5,"odds":1.9,"stake":10,"placed_at":"2023-09-03T16:40:00Z"}""";

        var graded = new BetFileGrader(arsenalManUtd, new Settler(SettlementPolicy.Default), Now).Grade([line]).Single();

        graded.Settlement.Status.Should().Be(SettlementStatus.Lost);
        graded.Settlement.ActualValue.Should().Be(-2m);
        graded.Problem.Should().Be("placed_at 2023-09-03T16:40:00Z cannot be put on the match clock (the payload gives no kickoff time for that period), so every goal of the period counts");
    }

    /// <summary>The line cut short at every length, then each field removed, then each field set to each odd value.</summary>
    private static IEnumerable<string> Breakages(string line)
    {
        for (var length = 1; length < line.Length; length++)
        {
            yield return line[..length];
        }
        if (!line.StartsWith('{') || JsonNode.Parse(line) is not JsonObject bet)
        {
            yield break;
        }
        foreach (var field in bet.Select(property => property.Key))
        {
            var without = bet.DeepClone().AsObject();
            without.Remove(field);
            yield return without.ToJsonString();
            foreach (var value in OddValues)
            {
                var changed = bet.DeepClone().AsObject();
                changed[field] = value?.DeepClone();
                yield return changed.ToJsonString();
            }
        }
    }
}

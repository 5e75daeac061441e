using System.Reflection;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// Whether a bet's decision changed is judged in one place, the fixture's state: the grader keeps no settlement of its
/// own to compare against, so the two cannot disagree (the grader once lacked the state's "only lost the data" rule
/// and re-sent such decisions every round).
/// </summary>
public sealed class OneJudgeTests
{
    [Fact]
    public void The_grader_holds_the_bet_and_the_rules_but_no_settlement()
    {
        var fields = typeof(BetGrader).GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly);

        fields.Select(field => field.FieldType).Should().BeEquivalentTo([typeof(Bet), typeof(Settler)]);
    }
}

using System.Reflection;
using Proppr.Actors.Betting;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Betting;

/// <summary>The one list of reason codes and the contract that documents them agree.</summary>
public sealed class SettlementReasonsTests
{
    private static readonly string[] Codes =
    [
        .. typeof(SettlementReasons).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!),
    ];

    [Fact]
    public void Every_reason_code_is_documented_in_the_bet_contract()
    {
        var contract = File.ReadAllText(Path.Combine(ReferenceData.RepositoryRoot, "docs", "spec", "bets.md"));

        Codes.Should().NotBeEmpty();
        Codes.Where(code => !contract.Contains($"`{code}`", StringComparison.Ordinal))
            .Should().BeEmpty("docs/spec/bets.md lists every code a settlement or a rejection can carry");
    }

    [Fact]
    public void Every_reason_code_is_one_snake_case_spelling()
    {
        Codes.Should().OnlyHaveUniqueItems();
        Codes.Should().OnlyContain(code => code.All(c => char.IsAsciiLetterLower(c) || c == '_'));
    }
}

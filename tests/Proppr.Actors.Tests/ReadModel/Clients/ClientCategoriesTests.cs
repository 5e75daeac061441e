using Proppr.Actors.ReadModel.Clients;

namespace Proppr.Actors.Tests.ReadModel.Clients;

public sealed class ClientCategoriesTests
{
    [Theory]
    [InlineData("watchlist", CategoryColour.Red)]
    [InlineData("risk", CategoryColour.Red)]
    [InlineData("new_registration", CategoryColour.Purple)]
    [InlineData("good_client", CategoryColour.Green)]
    [InlineData("staff_account", CategoryColour.Blue)]
    public void Each_category_has_betmonitors_colour_and_a_desks_own_is_blue(string category, CategoryColour colour) =>
        ClientCategories.ColourOf(category).Should().Be(colour);

    [Theory]
    [InlineData("watchlist", "watchlist")]
    [InlineData("  New Registration ", "new_registration")]
    [InlineData("good-client", "good_client")]
    [InlineData("VIP  tier 2", "vip_tier_2")]
    public void A_typed_category_becomes_one_name(string typed, string name) =>
        ClientCategories.NameOf(typed).Should().Be(name);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2nd_tier")]
    [InlineData("_hidden")]
    [InlineData("vip!")]
    [InlineData("<script>")]
    [InlineData("a_category_name_that_is_longer_than_forty")]
    public void What_is_not_a_name_is_refused(string? typed) =>
        ClientCategories.NameOf(typed).Should().BeNull();

    [Theory]
    [InlineData(" acc-1 ", "acc-1")]
    [InlineData("Jane Doe, Leeds", "Jane Doe, Leeds")]
    public void A_client_is_named_as_bets_name_it(string typed, string client) =>
        ClientCategories.ClientOf(typed).Should().Be(client);

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("acc\u0000")]
    public void A_client_without_a_name_is_refused(string? typed) =>
        ClientCategories.ClientOf(typed).Should().BeNull();

    [Fact]
    public void A_client_name_longer_than_a_bets_is_refused() =>
        ClientCategories.ClientOf(new string('c', 201)).Should().BeNull();
}

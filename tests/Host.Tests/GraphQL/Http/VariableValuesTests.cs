using GraphQL;
using TwoStep.Host.GraphQL.Http;

namespace TwoStep.Host.Tests.GraphQL.Http;

public sealed class VariableValuesTests
{
    [Fact]
    public void The_same_values_in_another_order_are_equal()
    {
        var left = Values(("id", "org-1"), ("filter", Map(("status", "ENROLLED"), ("search", "mar"))));
        var right = Values(("filter", Map(("search", "mar"), ("status", "ENROLLED"))), ("id", "org-1"));

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Theory]
    [InlineData("org-2", 1)]
    [InlineData("org-1", 2)]
    public void A_different_value_anywhere_is_not_equal(string id, int first)
    {
        var left = Values(("id", "org-1"), ("page", Map(("first", 1))));
        var right = Values(("id", id), ("page", Map(("first", first))));

        Assert.NotEqual(left, right);
    }

    [Fact]
    public void A_number_is_not_its_text()
    {
        Assert.NotEqual(Values(("first", 1)), Values(("first", "1")));
    }

    [Fact]
    public void Lists_compare_in_order()
    {
        var left = Values(("roles", new List<object?> { "USER_ADMIN", "ORGANIZATION_ADMIN" }));
        var right = Values(("roles", new List<object?> { "ORGANIZATION_ADMIN", "USER_ADMIN" }));

        Assert.NotEqual(left, right);
        Assert.Equal(left, Values(("roles", new List<object?> { "USER_ADMIN", "ORGANIZATION_ADMIN" })));
    }

    [Fact]
    public void No_variables_and_empty_variables_are_equal()
    {
        Assert.Equal(new VariableValues(null), new VariableValues(Inputs.Empty));
    }

    [Fact]
    public void The_weight_grows_with_the_text()
    {
        var small = Values(("search", "m"));
        var large = Values(("search", new string('m', 2_000)));

        Assert.True(large.Weight > small.Weight + 1_900);
    }

    private static VariableValues Values(params (string Name, object? Value)[] entries) =>
        new(new Inputs(Map(entries)));

    private static Dictionary<string, object?> Map(params (string Name, object? Value)[] entries) =>
        entries.ToDictionary(entry => entry.Name, entry => entry.Value);
}

using System.Net;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.GraphQL;

public sealed class ProductionSafetyTests(ProductionHostFixture host) : IClassFixture<ProductionHostFixture>
{
    [Fact]
    public async Task Introspection_is_refused()
    {
        var answer = await host.Client.PostGraphQLAsync("{ __schema { types { name } } }");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.HasData);
        Assert.DoesNotContain("TwoStep", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_field_gets_no_suggestion()
    {
        var answer = await host.Client.PostGraphQLAsync("{ mee { id } }");

        Assert.Equal("FIELDS_ON_CORRECT_TYPE", answer.ErrorCode);
        Assert.DoesNotContain("Did you mean", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("'me'", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_failure_shows_neither_its_message_nor_a_stack_trace()
    {
        // Grain state that cannot be read is the kind of failure no rule foresees.
        await host.Database.ExecuteAsync("ALTER TABLE orleansstorage RENAME TO orleansstorage_hidden");
        GraphQLAnswer answer;
        try
        {
            answer = await host.Client.PostGraphQLAsync(
                "{ me { twoStep { enabled } } }",
                token: host.FreshToken("production-unexpected-failure"));
        }
        finally
        {
            await host.Database.ExecuteAsync("ALTER TABLE orleansstorage_hidden RENAME TO orleansstorage");
        }

        Assert.Equal("INTERNAL_SERVER_ERROR", answer.ErrorCode);
        Assert.Equal("An unexpected error occurred.", answer.ErrorMessage);
        Assert.DoesNotContain("orleansstorage", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("details", answer.Text, StringComparison.Ordinal);
    }
}

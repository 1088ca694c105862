using System.Text;
using TwoStep.Host.Auth;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Auth;

public sealed class UnvalidatedIssuerTests
{
    private static string Segment(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Fact]
    public void Reads_the_issuer_of_a_signed_token()
    {
        var token = TestTokens.For("bob", DateTimeOffset.UtcNow, issuer: "https://issuer.example");

        Assert.Equal("https://issuer.example", UnvalidatedIssuer.Read(token));
    }

    [Fact]
    public void Finds_the_issuer_after_nested_claims()
    {
        var token = $"{Segment("""{"alg":"none"}""")}."
            + $"{Segment("""{"amr":["sms"],"ctx":{"iss":"inner"},"iss":"outer"}""")}.sig";

        Assert.Equal("outer", UnvalidatedIssuer.Read(token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    [InlineData("a.b")]
    [InlineData("a.!!!.c")]
    [InlineData("eyJhbGciOiJub25lIn0.bm90IGpzb24.sig")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJpc3MiOjQyfQ.sig")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.sig")]
    public void Anything_else_has_no_issuer(string token)
    {
        Assert.Null(UnvalidatedIssuer.Read(token));
    }
}

using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using TwoStep.Host.Auth;

namespace TwoStep.Host.Tests.Auth;

public sealed class AuthOptionsValidatorTests
{
    private const string Key = "a-development-signing-key-of-32-chars!";

    private static AuthOptions Valid() => new()
    {
        Issuer = "https://issuer.test",
        Audience = "twostep",
        SigningKey = Key,
    };

    private static IEnumerable<string> Failures(AuthOptions options, string environment = "Production") =>
        new AuthOptionsValidator(new Environment(environment)).Validate(null, options).Failures ?? [];

    [Fact]
    public void Accepts_an_issuer_an_audience_and_a_signing_key()
    {
        Assert.Empty(Failures(Valid()));
    }

    [Fact]
    public void Accepts_an_https_authority_instead_of_a_key()
    {
        var options = Valid();
        options.SigningKey = null;
        options.Authority = "https://login.example.com/tenant";

        Assert.Empty(Failures(options));
    }

    [Fact]
    public void Names_a_missing_issuer_and_audience()
    {
        var options = Valid();
        options.Issuer = null;
        options.Audience = " ";

        var failures = Failures(options).ToList();

        Assert.Contains(failures, f => f.Contains("Auth:Issuer", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Auth:Audience", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_a_signing_key_shorter_than_32_characters()
    {
        var options = Valid();
        options.SigningKey = "too-short";

        Assert.Contains(Failures(options), f => f.Contains("Auth:SigningKey", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Needs_exactly_one_of_a_signing_key_and_an_authority(bool both)
    {
        var options = Valid();
        options.Authority = both ? "https://login.example.com" : null;
        options.SigningKey = both ? Key : null;

        var failure = Assert.Single(Failures(options));
        Assert.Contains("exactly one of Auth:SigningKey", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_plain_http_authority_outside_Development()
    {
        var options = Valid();
        options.SigningKey = null;
        options.Authority = "http://login.example.com";

        Assert.Contains(Failures(options), f => f.Contains("Auth:Authority", StringComparison.Ordinal));
        Assert.Empty(Failures(options, "Development"));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "TwoStep.Host";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

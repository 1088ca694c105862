using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TwoStep.Host.Auth.Provisioning;

namespace TwoStep.Host.Tests.Auth.Provisioning;

public sealed class ProvisioningKeysTests
{
    private static ProvisioningKey Key(string name, string secret, bool upper = false)
    {
        var hex = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        return new ProvisioningKey { Name = name, Sha256 = upper ? hex : hex.ToLowerInvariant() };
    }

    private static ProvisioningKeys Keys(params ProvisioningKey[] keys) =>
        new(Options.Create(new ProvisioningOptions { ApiKeys = [.. keys] }));

    [Fact]
    public void A_presented_key_is_named_by_the_configured_hash_it_matches()
    {
        var keys = Keys(Key("crm", "first-secret-key"), Key("hr", "second-secret-key", upper: true));

        Assert.Equal("crm", keys.Match("first-secret-key"));
        Assert.Equal("hr", keys.Match("second-secret-key"));
        Assert.Null(keys.Match("first-secret-keY"));
        Assert.Null(keys.Match(string.Empty));
    }

    [Fact]
    public void Without_configured_keys_nothing_matches()
    {
        var keys = Keys();

        Assert.False(keys.IsEnabled);
        Assert.Null(keys.Match("anything"));
    }

    [Theory]
    [InlineData("", "Name")]
    [InlineData("has space", "Name")]
    [InlineData("crm", "Sha256")]
    public void A_key_that_could_never_match_is_refused_naming_its_setting(string name, string setting)
    {
        var key = setting == "Sha256" ? new ProvisioningKey { Name = name, Sha256 = "abc" } : Key(name, "secret");

        var result = new ProvisioningOptionsValidator().Validate(null, new ProvisioningOptions { ApiKeys = [key] });

        Assert.True(result.Failed);
        Assert.Contains($"Provisioning:ApiKeys:0:{setting}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_keys_with_one_name_are_refused()
    {
        var options = new ProvisioningOptions { ApiKeys = [Key("crm", "a"), Key("crm", "b")] };

        var result = new ProvisioningOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
    }
}

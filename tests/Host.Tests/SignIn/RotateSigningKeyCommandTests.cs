using System.Text.Json;
using TwoStep.Host.Tests.Support;
using TwoStep.Host.Tokens;
using static TwoStep.Host.Tests.SignIn.SignInFlow;

namespace TwoStep.Host.Tests.SignIn;

/// <summary>The operator's rotation: a new key is published at once and tokens already issued keep working.</summary>
public sealed class RotateSigningKeyCommandTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public void Only_the_verb_alone_asks_for_a_rotation()
    {
        Assert.True(RotateSigningKeyCommand.IsRequested(["rotate-signing-key"]));
        Assert.False(RotateSigningKeyCommand.IsRequested([]));
        Assert.False(RotateSigningKeyCommand.IsRequested(["--urls", "http://127.0.0.1:1"]));
    }

    [Fact]
    public async Task A_rotation_publishes_a_new_key_and_leaves_issued_tokens_valid()
    {
        var issued = await host.TwoStepTokenAsync("rotated", NewPhone());
        var before = await PublishedKids();
        using var output = new StringWriter();

        var exitCode = await RotateSigningKeyCommand.RunAsync(host.Services, output, default);
        var again = await RotateSigningKeyCommand.RunAsync(host.Services, TextWriter.Null, default);

        var after = await PublishedKids();
        var added = Assert.Single(after.Except(before));
        Assert.Equal(0, exitCode);
        Assert.Contains(added, output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, again);
        var me = await host.Client.PostGraphQLAsync("{ me { id } }", token: issued);
        Assert.Null(me.ErrorCode);
    }

    private async Task<List<string>> PublishedKids()
    {
        using var jwks = JsonDocument.Parse(await host.Client.GetStringAsync("/.well-known/jwks.json"));
        var keys = jwks.RootElement.GetProperty("keys").EnumerateArray();
        return [.. keys.Select(key => key.GetProperty("kid").GetString()!)];
    }
}

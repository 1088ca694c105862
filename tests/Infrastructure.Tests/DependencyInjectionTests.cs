using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TwoStep.Domain.Accounts;
using TwoStep.Domain.Codes;
using TwoStep.Domain.Phones;
using TwoStep.Infrastructure.Tests.Support;

namespace TwoStep.Infrastructure.Tests;

public sealed class DependencyInjectionTests
{
    private const string ConnectionString = "Host=127.0.0.1;Database=unused";

    [Fact]
    public async Task A_missing_connection_string_fails_start_naming_the_key()
    {
        var settings = TestSettings.For(ConnectionString);
        settings.Remove("ConnectionStrings:TwoStep");
        using var host = Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionStrings:TwoStep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_code_hash_key_fails_start_naming_the_key()
    {
        var settings = TestSettings.For(ConnectionString);
        settings["TwoStep:CodeHashKey"] = "too-short";
        using var host = Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("TwoStep:CodeHashKey must be at least 32 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_domain_services_are_built_from_the_TwoStep_section()
    {
        var settings = TestSettings.For(ConnectionString);
        settings["TwoStep:CodeLifetime"] = "00:05:00";
        settings["TwoStep:MaxAttemptsPerCode"] = "3";
        using var host = Build(settings);

        var verification = host.Services.GetRequiredService<VerificationSettings>();
        var phones = host.Services.GetRequiredService<PhoneNumberPolicy>();
        var hasher = host.Services.GetRequiredService<CodeHasher>();

        Assert.Equal(TimeSpan.FromMinutes(5), verification.CodeLifetime);
        Assert.Equal(3, verification.MaxAttemptsPerCode);
        Assert.Equal("+447400123456", phones.Parse("+44 7400 123456").E164);
        var expected = new CodeHasher(Encoding.UTF8.GetBytes(TestSettings.CodeHashKey));
        Assert.Equal(
            expected.Hash("u", CodePurpose.Enrollment, "123456"),
            hasher.Hash("u", CodePurpose.Enrollment, "123456"));
        Assert.Same(TimeProvider.System, host.Services.GetRequiredService<TimeProvider>());
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddTwoStepInfrastructure(builder.Configuration);
        return builder.Build();
    }
}

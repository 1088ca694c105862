using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TwoStep.Infrastructure.Tokens;
using TwoStep.Infrastructure.Tests.Support;

namespace TwoStep.Infrastructure.Tests.Tokens;

/// <summary>Signing keys on a migrated test database, on a clock the test moves.</summary>
internal sealed class TokenTestKit
{
    public static readonly TokenSettings Settings = new()
    {
        Issuer = "twostep-test",
        Audience = "product-test",
    };

    public TokenTestKit(TestDatabase database, FakeTimeProvider time, string secret = TestSettings.CodeHashKey)
    {
        Time = time;
        Repository = new SigningKeyRepository(
            database.ConnectionString,
            new SigningKeySealer(Encoding.UTF8.GetBytes(secret)),
            Settings,
            NullLogger<SigningKeyRepository>.Instance);
        Keys = new SigningKeys(Repository, time);
        Issuer = new TwoStepTokenIssuer(Keys, Settings, time, NullLogger<TwoStepTokenIssuer>.Instance);
    }

    public FakeTimeProvider Time { get; }

    public SigningKeyRepository Repository { get; }

    public SigningKeys Keys { get; }

    public TwoStepTokenIssuer Issuer { get; }
}

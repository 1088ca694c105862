using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using TwoStep.Application.Common;
using TwoStep.Domain.Errors;
using TwoStep.Domain.Identity;
using TwoStep.Infrastructure.Silo;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Infrastructure.Tests.Silo;

public sealed class DomainCodecTests
{
    [Fact]
    public void A_refusal_keeps_its_error_code_through_the_Orleans_serializer()
    {
        using var services = Services(withTwoStepCodecs: true);
        var serializer = services.GetRequiredService<Serializer>();
        var refused = Reply.Refused<string>(new RefusalException(ErrorCode.SmsDeliveryFailed, "Not sent."));

        var copy = serializer.Deserialize<Reply<string>>(serializer.SerializeToArray(refused));

        Assert.Equal(refused, copy);
    }

    [Fact]
    public void A_caller_keeps_its_identity_provider_through_the_Orleans_serializer()
    {
        using var services = Services(withTwoStepCodecs: true);
        var serializer = services.GetRequiredService<Serializer>();
        var caller = new Caller("user-1", "a@example.com", "A", IdentityProvider.Sso, DateTimeOffset.UnixEpoch);

        var copy = serializer.Deserialize<Caller>(serializer.SerializeToArray(caller));

        Assert.Equal(caller, copy);
    }

    [Fact]
    public void A_domain_record_crosses_the_Orleans_serializer_as_JSON()
    {
        using var services = Services(withTwoStepCodecs: true);
        var serializer = services.GetRequiredService<Serializer>();
        var signIn = new PrimarySignIn(IdentityProvider.Google, DateTimeOffset.UnixEpoch);

        var copy = serializer.Deserialize<PrimarySignIn>(serializer.SerializeToArray(signIn));

        Assert.Equal(signIn, copy);
    }

    [Fact]
    public void Without_the_TwoStep_codecs_a_domain_record_cannot_cross_a_grain_call()
    {
        using var services = Services(withTwoStepCodecs: false);
        var serializer = services.GetRequiredService<Serializer>();
        var signIn = new PrimarySignIn(IdentityProvider.Sso, DateTimeOffset.UnixEpoch);

        Assert.ThrowsAny<Exception>(() => serializer.SerializeToArray(signIn));
    }

    private static ServiceProvider Services(bool withTwoStepCodecs)
    {
        var services = new ServiceCollection();
        services.AddSerializer(serializer =>
        {
            if (withTwoStepCodecs)
            {
                serializer.AddTwoStepCodecs();
            }
        });
        return services.BuildServiceProvider();
    }
}

using Microsoft.Extensions.Configuration;
using Orleans.Serialization;
using Orleans.TestingHost;
using TwoStep.Infrastructure.Silo;

namespace TwoStep.Infrastructure.Tests.Organizations;

public sealed class OrganizationClientConfigurator : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.Services.AddSerializer(serializer => serializer.AddTwoStepCodecs());
}

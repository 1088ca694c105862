using System.Net;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Health;

public sealed class HealthEndpointTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task A_running_host_with_its_database_and_silo_is_healthy(string path)
    {
        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

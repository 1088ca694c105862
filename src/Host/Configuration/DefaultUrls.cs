namespace TwoStep.Host.Configuration;

public static class DefaultUrls
{
    public const string Address = "http://127.0.0.1:5080";

    /// <summary>
    /// Listens on <see cref="Address"/> unless an address was configured (<c>ASPNETCORE_URLS</c>,
    /// <c>--urls</c>, <c>ASPNETCORE_HTTP_PORTS</c> or Kestrel endpoints). Loopback by default, so a
    /// developer's machine does not expose the service to its network.
    /// </summary>
    public static WebApplicationBuilder UseTwoStepDefaultUrls(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured)
        {
            builder.WebHost.UseUrls(Address);
        }

        return builder;
    }
}

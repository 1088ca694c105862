using System.Net;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Silo;

public static class SiloBuilderExtensions
{
    private const string DefaultId = "twostep";

    /// <summary>
    /// The production silo: ADO.NET clustering and grain storage on <c>ConnectionStrings:TwoStep</c>,
    /// ids from <c>Orleans:ClusterId</c> and <c>Orleans:ServiceId</c>, endpoints from
    /// <c>Orleans:SiloPort</c>, <c>Orleans:GatewayPort</c> and <c>Orleans:AdvertisedIP</c>.
    /// Settings are read when the silo starts, so configuration added later still counts.
    /// </summary>
    public static ISiloBuilder UseTwoStepSilo(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(configuration);

        silo.UseAdoNetClustering(options => options.Configure(clustering =>
        {
            clustering.Invariant = TwoStepStorage.Invariant;
            clustering.ConnectionString = ConnectionStrings.TwoStep(configuration);
        }));

        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = configuration["Orleans:ClusterId"] ?? DefaultId;
            cluster.ServiceId = configuration["Orleans:ServiceId"] ?? DefaultId;
        });

        silo.Configure<EndpointOptions>(endpoints => ConfigureEndpoints(endpoints, configuration));

        return silo.AddTwoStepGrainStorage(configuration);
    }

    /// <summary>
    /// Grain storage and serialization alone, for hosts that bring their own clustering
    /// (such as a test cluster).
    /// </summary>
    public static ISiloBuilder AddTwoStepGrainStorage(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(configuration);

        silo.AddAdoNetGrainStorage(TwoStepStorage.Name, options => options.Configure(storage =>
        {
            storage.Invariant = TwoStepStorage.Invariant;
            storage.ConnectionString = StorageConnectionString(configuration);
            storage.GrainStorageSerializer = new JsonGrainStorageSerializer();
        }));

        silo.Services.AddSerializer(serializer => serializer.AddTwoStepCodecs());
        return silo;
    }

    // Grain storage never changes session state (no SET, LISTEN or temporary tables), so a pooled
    // connection needs no reset between writes; the reset would also drop the cached plans of the
    // storage function (0012_OrleansStorageWriteFunction.sql) on every reuse.
    private static string StorageConnectionString(IConfiguration configuration) =>
        new NpgsqlConnectionStringBuilder(ConnectionStrings.TwoStep(configuration)) { NoResetOnClose = true }
            .ConnectionString;

    private static void ConfigureEndpoints(EndpointOptions endpoints, IConfiguration configuration)
    {
        endpoints.SiloPort = configuration.GetValue("Orleans:SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
        endpoints.GatewayPort = configuration.GetValue("Orleans:GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT);

        var advertised = configuration["Orleans:AdvertisedIP"] ?? IPAddress.Loopback.ToString();
        if (!IPAddress.TryParse(advertised, out var address))
        {
            throw new InvalidOperationException(
                $"Orleans:AdvertisedIP is not an IP address: '{advertised}'.");
        }

        endpoints.AdvertisedIPAddress = address;
    }
}

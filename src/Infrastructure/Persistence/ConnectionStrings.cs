using Microsoft.Extensions.Configuration;

namespace TwoStep.Infrastructure.Persistence;

/// <summary>Reads <c>ConnectionStrings:TwoStep</c>, refusing to go on without it.</summary>
public static class ConnectionStrings
{
    public const string Key = "ConnectionStrings:TwoStep";

    public static string TwoStep(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var value = configuration.GetConnectionString("TwoStep");
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"{Key} is not set: point it at the PostgreSQL database TwoStep should use "
                + "(environment variable ConnectionStrings__TwoStep).");
        }

        return value;
    }
}

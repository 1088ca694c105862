using Microsoft.Extensions.Options;

namespace TwoStep.Host.Configuration;

public static class StartupPreparation
{
    /// <summary>
    /// Refuses bad configuration before anything touches the database, then brings the schema up to
    /// date with <paramref name="migrate"/>. Throws with a readable message on the first failure.
    /// </summary>
    public static void Prepare(this WebApplication app, Action<string, ILogger> migrate)
    {
        app.Services.GetRequiredService<IStartupValidator>().Validate();

        var connectionString = app.Configuration.GetTwoStepConnectionString()
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{ConfigurationExtensions.ConnectionStringName} is not set; "
                + "point it at the PostgreSQL database (scripts/run sets one up).");

        migrate(connectionString, app.Logger);
    }
}

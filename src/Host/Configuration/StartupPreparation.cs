using Microsoft.Extensions.Options;
using TwoStep.Infrastructure.Persistence;

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

        migrate(ConnectionStrings.TwoStep(app.Configuration), app.Logger);
    }
}

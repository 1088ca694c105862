using Microsoft.Extensions.Logging;

namespace TwoStep.Infrastructure.Tests.Support;

/// <summary>Sends every category to one <see cref="ListLogger"/>.</summary>
public sealed class ListLoggerProvider(ListLogger logger) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => logger;

    public void Dispose()
    {
    }
}

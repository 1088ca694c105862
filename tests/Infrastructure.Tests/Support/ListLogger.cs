using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TwoStep.Infrastructure.Tests.Support;

/// <summary>Keeps every formatted message, so tests can check what reached the logs.</summary>
public sealed class ListLogger : ILogger
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyCollection<string> Messages => _messages;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        _messages.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
    }
}

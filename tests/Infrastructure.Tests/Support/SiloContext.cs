using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace TwoStep.Infrastructure.Tests.Support;

/// <summary>
/// What a test shares with the silos it starts: the clock, the SMS sender and the logs.
/// Test-cluster silos run in this process and find it by id in their configuration.
/// </summary>
public sealed class SiloContext
{
    public const string IdKey = "Test:SiloContext";

    private static readonly ConcurrentDictionary<string, SiloContext> Contexts = new();

    private SiloContext(string id)
    {
        Id = id;
    }

    public string Id { get; }

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public RecordingSmsSender Sms { get; } = new();

    public ListLogger Logs { get; } = new();

    public static SiloContext Create()
    {
        var context = new SiloContext(Guid.NewGuid().ToString("N"));
        Contexts[context.Id] = context;
        return context;
    }

    public static SiloContext Find(string? id) =>
        id is not null && Contexts.TryGetValue(id, out var context)
            ? context
            : throw new InvalidOperationException($"No silo context has the id '{id}'.");

    public void Forget() => Contexts.TryRemove(Id, out _);
}

namespace TwoStep.Infrastructure.Events;

/// <summary>Runs its action once, on the first dispose.</summary>
internal sealed class Unsubscriber(Action action) : IDisposable
{
    private Action? _action = action;

    public void Dispose() => Interlocked.Exchange(ref _action, null)?.Invoke();
}

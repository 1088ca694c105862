namespace TwoStep.Application.Organizations.WatchEvents;

/// <summary>Passes notifications on one at a time and nothing after the feed ended.</summary>
internal sealed class SerializedObserver<T>(IObserver<T> observer) : IObserver<T>
{
    private readonly Lock _gate = new();
    private bool _ended;

    public void OnNext(T value)
    {
        lock (_gate)
        {
            if (!_ended)
            {
                observer.OnNext(value);
            }
        }
    }

    public void OnError(Exception error) => End(() => observer.OnError(error));

    public void OnCompleted() => End(observer.OnCompleted);

    private void End(Action notify)
    {
        lock (_gate)
        {
            if (_ended)
            {
                return;
            }

            _ended = true;
            notify();
        }
    }
}

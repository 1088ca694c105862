using TwoStep.Application.Integrations;
using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Application.Organizations.WatchEvents;

/// <summary>
/// A feed followed with an integrator key: the key is looked up again every
/// <see cref="CheckInterval"/>, and once it is revoked the feed ends with <c>UNAUTHENTICATED</c>.
/// A key that cannot be looked up is not trusted either: the feed ends with the failure, which the
/// transport maps and logs like any other, and the integrator reconnects and catches up.
/// </summary>
internal sealed class KeyBoundFeed<T>(IObservable<T> feed, Guid keyId, IIntegratorKeys keys, TimeProvider time)
    : IObservable<T>
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(30);

    public IDisposable Subscribe(IObserver<T> observer)
    {
        var serialized = new SerializedObserver<T>(observer);
        var subscription = feed.Subscribe(serialized);
        var stop = new CancellationTokenSource();
        _ = WatchKeyAsync(serialized, subscription, stop.Token);

        return new Subscription(() =>
        {
            stop.Cancel();
            subscription.Dispose();
        });
    }

    private async Task WatchKeyAsync(SerializedObserver<T> observer, IDisposable subscription, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(CheckInterval, time, stop);
                if (await keys.FindAsync(keyId, stop) is { Active: true })
                {
                    continue;
                }

                subscription.Dispose();
                observer.OnError(new RefusalException(ErrorCode.Unauthenticated, "The integrator key was revoked."));
                return;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The subscriber left.
        }
        catch (Exception exception)
        {
            subscription.Dispose();
            observer.OnError(exception);
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}

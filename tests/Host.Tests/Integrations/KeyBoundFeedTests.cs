using Microsoft.Extensions.Time.Testing;
using TwoStep.Application.Integrations;
using TwoStep.Application.Organizations.WatchEvents;
using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Host.Tests.Integrations;

/// <summary>A feed followed with an integrator key lasts only while the key can be shown to be active.</summary>
public sealed class KeyBoundFeedTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_feed_goes_on_while_its_key_is_active()
    {
        var observer = await FollowAsync(new Keys(() => Key(revokedAt: null)));

        Assert.Null(observer.Error);
        Assert.Equal(1, observer.Checks);
    }

    [Fact]
    public async Task A_feed_ends_UNAUTHENTICATED_once_its_key_is_revoked()
    {
        var observer = await FollowAsync(new Keys(() => Key(revokedAt: DateTimeOffset.UtcNow)));
        await observer.Ended.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var refusal = Assert.IsType<RefusalException>(observer.Error);
        Assert.Equal(ErrorCode.Unauthenticated, refusal.Code);
    }

    [Fact]
    public async Task A_feed_ends_with_the_failure_when_its_key_cannot_be_looked_up()
    {
        var outage = new TimeoutException("The database did not answer.");

        var observer = await FollowAsync(new Keys(() => throw outage));
        await observer.Ended.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Same(outage, observer.Error);
    }

    private async Task<Observer> FollowAsync(Keys keys)
    {
        var observer = new Observer(keys);
        var feed = new KeyBoundFeed<int>(new Silent(), KeyId, keys, _time);
        using var subscription = feed.Subscribe(observer);

        _time.Advance(KeyBoundFeed<int>.CheckInterval);
        await keys.Asked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        return observer;
    }

    private static readonly Guid KeyId = Guid.NewGuid();

    private static IntegratorKey Key(DateTimeOffset? revokedAt) =>
        new(KeyId, "org", "crm", "admin", DateTimeOffset.UtcNow, revokedAt);

    private sealed class Silent : IObservable<int>
    {
        public IDisposable Subscribe(IObserver<int> observer) => new Nothing();

        private sealed class Nothing : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }

    private sealed class Observer(Keys keys) : IObserver<int>
    {
        public Exception? Error { get; private set; }

        public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Checks => keys.Count;

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
            Error = error;
            Ended.TrySetResult();
        }

        public void OnNext(int value)
        {
        }
    }

    private sealed class Keys(Func<IntegratorKey?> find) : IIntegratorKeys
    {
        public TaskCompletionSource Asked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Count { get; private set; }

        public Task<IntegratorKey?> FindAsync(Guid id, CancellationToken cancellationToken)
        {
            Count++;
            try
            {
                return Task.FromResult(find());
            }
            finally
            {
                Asked.TrySetResult();
            }
        }

        public Task<IntegratorKey> AddAsync(
            Guid id,
            string organizationId,
            string name,
            string createdBy,
            byte[] secretHash,
            CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<IntegratorKey>> ListAsync(
            string organizationId,
            CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task RevokeAsync(Guid id, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IntegratorKey?> VerifyAsync(string presented, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}

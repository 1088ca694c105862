namespace TwoStep.Infrastructure.Tokens;

/// <summary>
/// This process's copy of the signing keys, re-read from the database by
/// <see cref="SigningKeyRefresher"/>. Validation reads <see cref="Current"/> without waiting.
/// </summary>
public sealed class SigningKeys : IDisposable
{
    private readonly SigningKeyRepository _repository;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile SigningKeySet? _current;

    public SigningKeys(SigningKeyRepository repository, TimeProvider time)
    {
        _repository = repository;
        _time = time;
    }

    /// <summary>The keys last read, or an empty set before the first reading.</summary>
    public SigningKeySet Current => _current ?? new SigningKeySet([], TimeSpan.Zero);

    /// <summary>The keys, reading them first if this process has not yet.</summary>
    public async ValueTask<SigningKeySet> GetAsync(CancellationToken cancellationToken) =>
        _current ?? await RefreshAsync(cancellationToken);

    /// <summary>Re-reads the keys, creating the first or the next one when it is due.</summary>
    public Task<SigningKeySet> RefreshAsync(CancellationToken cancellationToken) =>
        LoadAsync(rotate: false, cancellationToken);

    /// <summary>
    /// Starts a rotation: a new key is published now and signs once every process has read it;
    /// the old key stays published until the tokens it signed have expired.
    /// </summary>
    public Task<SigningKeySet> RotateAsync(CancellationToken cancellationToken) =>
        LoadAsync(rotate: true, cancellationToken);

    public void Dispose() => _gate.Dispose();

    private async Task<SigningKeySet> LoadAsync(bool rotate, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var set = await _repository.EnsureAsync(_time.GetUtcNow(), rotate, cancellationToken);
            _current = set;
            return set;
        }
        finally
        {
            _gate.Release();
        }
    }
}

namespace TwoStep.Infrastructure.Tokens;

/// <summary>
/// Every key in the database at one reading, oldest first. Which key signs and which are
/// published depend on the time asked, so a reading stays right between refreshes.
/// </summary>
public sealed class SigningKeySet
{
    private readonly SigningKey[] _keys;
    private readonly TimeSpan _retention;

    public SigningKeySet(IEnumerable<SigningKey> keys, TimeSpan retention)
    {
        ArgumentNullException.ThrowIfNull(keys);

        _keys = keys.OrderBy(k => k.ActivatesAt).ThenBy(k => k.Kid, StringComparer.Ordinal).ToArray();
        _retention = retention;
    }

    public IReadOnlyList<SigningKey> All => _keys;

    /// <summary>The newest key already active at <paramref name="now"/>.</summary>
    public SigningKey SignerAt(DateTimeOffset now)
    {
        if (_keys.Length == 0)
        {
            throw new InvalidOperationException("No signing key has been created yet.");
        }

        return _keys.LastOrDefault(k => k.ActivatesAt <= now) ?? _keys[0];
    }

    /// <summary>
    /// The keys a validator must know at <paramref name="now"/>: the signer, any key about to
    /// take over, and replaced keys whose tokens may not have expired yet.
    /// </summary>
    public IReadOnlyList<SigningKey> PublishedAt(DateTimeOffset now) =>
        _keys.Where((_, i) => i == _keys.Length - 1 || _keys[i + 1].ActivatesAt + _retention > now).ToArray();

    public SigningKey? FindPublished(string? kid, DateTimeOffset now) =>
        kid is null ? null : PublishedAt(now).FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
}

using System.Collections.Concurrent;
using System.Security.Claims;

namespace TwoStep.Host.Auth;

/// <summary>The principals <see cref="RememberedBearerAuthentication"/> keeps, bounded in number and age.</summary>
internal sealed class RememberedBearers(TimeProvider time)
{
    /// <summary>How long an authentication is trusted without running the schemes again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    // Past this many distinct headers the memory starts afresh, whatever clients send.
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// A copy down to the identities (<see cref="ClaimsPrincipal.Clone"/> shares them), so a claim
    /// one request adds never reaches another.
    /// </summary>
    public static ClaimsPrincipal Copy(ClaimsPrincipal principal) =>
        new(principal.Identities.Select(identity => identity.Clone()));

    public bool TryGet(string header, out Entry entry)
    {
        if (_entries.TryGetValue(header, out entry!))
        {
            if (time.GetUtcNow() < entry.Until)
            {
                return true;
            }

            _entries.TryRemove(header, out _);
        }

        return false;
    }

    public void Remember(string header, ClaimsPrincipal principal, string scheme, DateTimeOffset? expires)
    {
        if (expires is not { } until)
        {
            return;
        }

        var latest = time.GetUtcNow() + MaxAge;
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        // A copy: nothing a request adds to its principal reaches the next request.
        _entries[header] = new Entry(Copy(principal), scheme, until < latest ? until : latest);
    }

    internal sealed record Entry(ClaimsPrincipal Principal, string Scheme, DateTimeOffset Until);
}

using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TwoStep.Host.Auth;

/// <summary>
/// A JWT handler that remembers tokens it has already found valid, so a client sending the same
/// bearer token on every request (the product's pipeline asking for access decisions) pays for the
/// signature and claim checks once. A remembered token is accepted only until it expires, and for
/// at most <see cref="MaxAge"/>; every caller gets its own copy of the identity. A token that failed
/// is never remembered, so it is checked again in full each time.
/// </summary>
internal sealed class ValidatedTokenCache(TimeProvider time) : JsonWebTokenHandler
{
    /// <summary>How long a validation is trusted without checking the token again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    // Past this many distinct tokens the cache starts afresh, so memory is bounded whatever clients send.
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(
        string token,
        TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (token is not null && _entries.TryGetValue(token, out var entry))
        {
            if (now < entry.Until)
            {
                return Copy(entry.Result);
            }

            _entries.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (token is not null
            && result.IsValid
            && result.ClaimsIdentity is not null
            && result.SecurityToken is not null)
        {
            var until = result.SecurityToken.ValidTo;
            var latest = now + MaxAge;
            if (_entries.Count >= MaxEntries)
            {
                _entries.Clear();
            }

            // The cache keeps a copy, so nothing a request adds to its identity reaches the next request.
            _entries[token] = new Entry(Copy(result), until < latest ? until : latest);
        }

        return result;
    }

    private static TokenValidationResult Copy(TokenValidationResult result) => new()
    {
        IsValid = true,
        ClaimsIdentity = result.ClaimsIdentity.Clone(),
        SecurityToken = result.SecurityToken,
        TokenType = result.TokenType,
        Issuer = result.Issuer,
    };

    private sealed record Entry(TokenValidationResult Result, DateTime Until);
}

namespace TwoStep.Infrastructure.Tokens;

/// <summary>How two-step tokens are issued and how their signing keys are kept.</summary>
public sealed record TokenSettings
{
    /// <summary>The <c>iss</c> of two-step tokens (<c>TwoStep:TokenIssuer</c>).</summary>
    public required string Issuer { get; init; }

    /// <summary>The <c>aud</c>: the same audience as the identity provider's tokens (<c>Auth:Audience</c>).</summary>
    public required string Audience { get; init; }

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a key signs before a new one takes over.</summary>
    public TimeSpan KeyLifetime { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How often every process re-reads the keys from the database.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Clock difference tolerated between the signer and whoever validates.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A new key is published this long before it signs, so every process has read it (and
    /// can validate its tokens) by the time any process signs with it.
    /// </summary>
    public TimeSpan Propagation => RefreshInterval * 3;

    /// <summary>A replaced key stays published this long: the last token it signed is expired by then.</summary>
    public TimeSpan Retention => Lifetime + ClockSkew;
}

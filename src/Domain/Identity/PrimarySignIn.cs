namespace TwoStep.Domain.Identity;

/// <summary>The facts of the caller's primary sign-in that enrollment rules depend on.</summary>
public sealed record PrimarySignIn(IdentityProvider Provider, DateTimeOffset AuthenticatedAt)
{
    public bool IsManagedBySso => Provider == IdentityProvider.Sso;

    public bool IsFresh(DateTimeOffset now, TimeSpan window) =>
        AuthenticatedAt <= now + ClockSkew && now - AuthenticatedAt <= window;

    // Tokens minted on another machine may carry an auth_time slightly ahead of ours.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);
}

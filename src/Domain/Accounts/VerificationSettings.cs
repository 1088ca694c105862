namespace TwoStep.Domain.Accounts;

/// <summary>The limits that govern codes; SPEC's values are the defaults.</summary>
public sealed record VerificationSettings
{
    public TimeSpan CodeLifetime { get; init; } = TimeSpan.FromMinutes(10);

    public int MaxAttemptsPerCode { get; init; } = 5;

    public TimeSpan ReauthenticationWindow { get; init; } = TimeSpan.FromMinutes(5);
}

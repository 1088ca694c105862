namespace TwoStep.Application.Integrations;

/// <summary>A key and its secret (<c>tsi_</c>…), shown this once.</summary>
public sealed record IntegratorKeyWithSecret(IntegratorKey Key, string Secret);

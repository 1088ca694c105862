namespace TwoStep.Application.Users.GetMe;

/// <summary>The caller's own account, full phone number included.</summary>
public sealed record CurrentUser(string Id, string? Email, string? Name, TwoStepStatus TwoStep);

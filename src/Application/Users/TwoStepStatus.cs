namespace TwoStep.Application.Users;

/// <summary>
/// A user's two-step status. <see cref="PhoneNumber"/> is the full number: show it to its owner only.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TwoStepStatus(
    [property: Id(0)] bool Enabled,
    [property: Id(1)] string? PhoneNumber,
    [property: Id(2)] DateTimeOffset? EnabledAt,
    [property: Id(3)] int RecoveryCodesRemaining)
{
    public static TwoStepStatus Disabled { get; } = new(false, null, null, 0);
}

namespace TwoStep.Application.Users;

/// <summary>Two-step is on. The recovery codes are shown this once and never again.</summary>
[GenerateSerializer, Immutable]
public sealed record EnrollmentConfirmed(
    [property: Id(0)] IReadOnlyList<string> RecoveryCodes,
    [property: Id(1)] TwoStepStatus TwoStep);

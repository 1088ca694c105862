namespace TwoStep.Application.Users;

/// <summary>A code is on its way to <see cref="PhoneNumber"/> (E.164, shown to the owner only).</summary>
[GenerateSerializer, Immutable]
public sealed record EnrollmentStarted(
    [property: Id(0)] string PhoneNumber,
    [property: Id(1)] DateTimeOffset ExpiresAt);

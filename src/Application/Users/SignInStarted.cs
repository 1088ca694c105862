namespace TwoStep.Application.Users;

/// <summary>A sign-in code is on its way to the enrolled number, shown masked.</summary>
[GenerateSerializer, Immutable]
public sealed record SignInStarted(
    [property: Id(0)] string MaskedPhoneNumber,
    [property: Id(1)] DateTimeOffset ExpiresAt);

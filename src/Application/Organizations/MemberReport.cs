using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations;

/// <summary>
/// What a user's account tells their organizations: the two-step status (SSO-managed when the
/// latest token came from SSO), the enrolled number masked, the name and email of the latest
/// token (null when no token has been seen, or it had none), and when the account enrolled
/// (null unless enrolled, and for an account whose time was stored before it was passed on).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MemberReport(
    [property: Id(0)] MemberStatus Status,
    [property: Id(1)] string? MaskedPhoneNumber,
    [property: Id(2)] string? Email,
    [property: Id(3)] string? Name,
    [property: Id(4)] DateTimeOffset? EnabledAt);

using TwoStep.Domain.Accounts;
using TwoStep.Domain.Identity;

namespace TwoStep.Infrastructure.Users;

/// <summary>
/// What the <c>User</c> grain persists: the account's second factor and who the caller was
/// when last seen.
/// </summary>
[GenerateSerializer]
public sealed class UserState
{
    [Id(0)]
    public AccountState Account { get; set; } = AccountState.Empty;

    [Id(1)]
    public string? Email { get; set; }

    [Id(2)]
    public string? Name { get; set; }

    [Id(3)]
    public IdentityProvider? Provider { get; set; }
}

using TwoStep.Application.Users.GetMe;

namespace TwoStep.Host.GraphQL.Types;

public sealed record RegenerateRecoveryCodesPayload(IReadOnlyList<string> RecoveryCodes, CurrentUser User)
{
    // Recovery codes must never reach a log through a record's generated ToString.
    public override string ToString() => "RegenerateRecoveryCodesPayload { RecoveryCodes = <hidden> }";
}

using Mediator;
using TwoStep.Application.Common;
using TwoStep.Application.Users;

namespace TwoStep.Application.Management.RegenerateRecoveryCodes;

public sealed record RegenerateRecoveryCodesCommand(Caller Caller) : ICommand<RecoveryCodesIssued>;

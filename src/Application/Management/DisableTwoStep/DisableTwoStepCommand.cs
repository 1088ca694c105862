using Mediator;
using TwoStep.Application.Common;
using TwoStep.Application.Users;

namespace TwoStep.Application.Management.DisableTwoStep;

public sealed record DisableTwoStepCommand(Caller Caller) : ICommand<TwoStepStatus>;

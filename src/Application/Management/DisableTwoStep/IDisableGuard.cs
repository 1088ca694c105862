using TwoStep.Application.Common;
using TwoStep.Domain.Errors;

namespace TwoStep.Application.Management.DisableTwoStep;

/// <summary>
/// A rule that may forbid turning two-step off, such as an organization that requires it
/// (<c>REQUIRED_BY_ORGANIZATION</c>). Every registered guard is asked before the grain is.
/// </summary>
public interface IDisableGuard
{
    /// <returns>Null when this guard allows it; otherwise the refusal to answer with.</returns>
    ValueTask<RefusalException?> CheckAsync(Caller caller, CancellationToken cancellationToken);
}

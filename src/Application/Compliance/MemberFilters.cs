using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Application.Compliance;

/// <summary>Checks a <see cref="MemberFilter"/> before it reaches the read model.</summary>
public static class MemberFilters
{
    /// <summary><c>BAD_USER_INPUT</c> for a search longer than <see cref="MemberFilter.MaxSearchLength"/>.</summary>
    public static void EnsureValid(MemberFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Search is { Length: > MemberFilter.MaxSearchLength })
        {
            throw new RefusalException(
                ErrorCode.BadUserInput,
                $"search has at most {MemberFilter.MaxSearchLength} characters.");
        }
    }
}

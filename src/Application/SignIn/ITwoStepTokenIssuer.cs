using TwoStep.Application.Common;

namespace TwoStep.Application.SignIn;

/// <summary>Signs two-step tokens: proof that a user passed the second step, for the product's session layer.</summary>
public interface ITwoStepTokenIssuer
{
    /// <summary>
    /// A token carrying the claims of <paramref name="caller"/>'s primary sign-in, plus
    /// <c>amr</c> for <paramref name="method"/> and the time the second step was passed.
    /// </summary>
    ValueTask<TwoStepToken> IssueAsync(
        Caller caller,
        SecondStepMethod method,
        DateTimeOffset passedAt,
        CancellationToken cancellationToken);
}

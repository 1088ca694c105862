using GraphQL.Types;
using TwoStep.Application.SignIn.CompleteSignIn;

namespace TwoStep.Host.GraphQL.Types;

public sealed class CompleteTwoStepSignInPayloadType : ObjectGraphType<SignInResult>
{
    public CompleteTwoStepSignInPayloadType()
    {
        Name = "CompleteTwoStepSignInPayload";

        Field<NonNullGraphType<StringGraphType>>("twoStepToken")
            .Description("A signed JWT saying this user passed two-step now; keys at /.well-known/jwks.json.")
            .Resolve(context => context.Source.Token.Token);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("expiresAt")
            .Description("When the two-step token stops being valid.")
            .Resolve(context => context.Source.Token.ExpiresAt);
        Field<NonNullGraphType<IntGraphType>>("recoveryCodesRemaining")
            .Resolve(context => context.Source.RecoveryCodesRemaining);
    }
}

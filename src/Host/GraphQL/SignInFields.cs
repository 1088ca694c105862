using GraphQL;
using GraphQL.Types;
using TwoStep.Application.SignIn.CompleteSignIn;
using TwoStep.Application.SignIn.StartSignIn;
using TwoStep.Host.GraphQL.Types;
using TwoStep.Host.GraphQL.Validation;

namespace TwoStep.Host.GraphQL;

/// <summary>The sign-in challenge: send a code, then trade it (or a recovery code) for a two-step token.</summary>
internal static class SignInFields
{
    public static void AddSignInFields(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StartTwoStepSignInPayloadType>>("startTwoStepSignIn")
            .Description("Sends a sign-in code to the enrolled number.")
            .ResolveAsync(async context =>
            {
                var command = new StartSignInCommand(context.RequireCaller());
                return await context.Mediator().Send(command, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<CompleteTwoStepSignInPayloadType>>("completeTwoStepSignIn")
            .Description("Checks the code or a recovery code; the right one returns a two-step token.")
            .Argument<NonNullGraphType<CompleteTwoStepSignInInputType>>("input")
            .WithMetadata(SingleVerificationRule.MetadataKey, true)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CompleteTwoStepSignInInput>("input");
                var command = new CompleteSignInCommand(context.RequireCaller(), input.Code, input.RecoveryCode);
                return await context.Mediator().Send(command, context.CancellationToken);
            });
    }
}

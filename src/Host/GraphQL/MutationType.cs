using GraphQL;
using GraphQL.Types;
using TwoStep.Application.Enrollment.ConfirmEnrollment;
using TwoStep.Application.Enrollment.StartEnrollment;
using TwoStep.Application.Users.GetMe;
using TwoStep.Host.GraphQL.Integrations;
using TwoStep.Host.GraphQL.Organizations;
using TwoStep.Host.GraphQL.Types;
using TwoStep.Host.GraphQL.Validation;
using TwoStep.Host.GraphQL.Webhooks;

namespace TwoStep.Host.GraphQL;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<StartTwoStepEnrollmentPayloadType>>("startTwoStepEnrollment")
            .Description("Sends a code to the phone number; needs a fresh sign-in.")
            .Argument<NonNullGraphType<StartTwoStepEnrollmentInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<StartTwoStepEnrollmentInput>("input");
                var command = new StartEnrollmentCommand(context.RequireCaller(), input.PhoneNumber);
                return await context.Mediator().Send(command, context.CancellationToken);
            });

        Field<NonNullGraphType<ConfirmTwoStepEnrollmentPayloadType>>("confirmTwoStepEnrollment")
            .Description("Checks the code; the right one turns two-step on and returns the recovery codes once.")
            .Argument<NonNullGraphType<ConfirmTwoStepEnrollmentInputType>>("input")
            .WithMetadata(SingleVerificationRule.MetadataKey, true)
            .ResolveAsync(async context =>
            {
                var caller = context.RequireCaller();
                var input = context.GetArgument<ConfirmTwoStepEnrollmentInput>("input");
                var command = new ConfirmEnrollmentCommand(caller, input.Code);

                var confirmed = await context.Mediator().Send(command, context.CancellationToken);

                var user = new CurrentUser(caller.UserId, caller.Email, caller.Name, confirmed.TwoStep);
                return new ConfirmTwoStepEnrollmentPayload(confirmed.RecoveryCodes, user);
            });

        this.AddSignInFields();
        this.AddManagementFields();
        this.AddOrganizationMutations();
        this.AddWebhookMutations();
        this.AddIntegratorMutations();
    }
}

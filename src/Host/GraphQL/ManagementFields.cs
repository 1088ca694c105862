using GraphQL.Types;
using TwoStep.Application.Management.DisableTwoStep;
using TwoStep.Application.Management.RegenerateRecoveryCodes;
using TwoStep.Application.Users.GetMe;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL;

/// <summary>Changes to an enrollment that is on; each needs a fresh sign-in that passed two-step.</summary>
internal static class ManagementFields
{
    public static void AddManagementFields(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DisableTwoStepPayloadType>>("disableTwoStep")
            .Description("Turns two-step off and voids every code and recovery code.")
            .ResolveAsync(async context =>
            {
                var caller = context.RequireCaller();
                var command = new DisableTwoStepCommand(caller);

                var status = await context.Mediator().Send(command, context.CancellationToken);

                var user = new CurrentUser(caller.UserId, caller.Email, caller.Name, status);
                return new DisableTwoStepPayload(user);
            });

        mutation.Field<NonNullGraphType<RegenerateRecoveryCodesPayloadType>>("regenerateRecoveryCodes")
            .Description("Issues a new set of recovery codes; the old set stops working at once.")
            .ResolveAsync(async context =>
            {
                var caller = context.RequireCaller();
                var command = new RegenerateRecoveryCodesCommand(caller);

                var issued = await context.Mediator().Send(command, context.CancellationToken);

                var user = new CurrentUser(caller.UserId, caller.Email, caller.Name, issued.TwoStep);
                return new RegenerateRecoveryCodesPayload(issued.RecoveryCodes, user);
            });
    }
}

using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Webhooks;

public sealed class CreateWebhookEndpointInputType : InputObjectGraphType<CreateWebhookEndpointInput>
{
    public CreateWebhookEndpointInputType()
    {
        Name = "CreateWebhookEndpointInput";

        Field<NonNullGraphType<IdGraphType>>("organizationId");
        Field<NonNullGraphType<StringGraphType>>("url")
            .Description("https, on a host that resolves to public addresses only.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("eventTypes")
            .Description("The event types to send; left out or empty means every type.");
    }
}

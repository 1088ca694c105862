using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Webhooks;

/// <summary>The input of mutations on one endpoint (disable, enable, delete, rotate its secret).</summary>
public sealed class WebhookEndpointInputType : InputObjectGraphType<WebhookEndpointInput>
{
    public WebhookEndpointInputType()
    {
        Name = "WebhookEndpointInput";

        Field<NonNullGraphType<IdGraphType>>("endpointId");
    }
}

using GraphQL.Types;
using TwoStep.Application.Webhooks;

namespace TwoStep.Host.GraphQL.Webhooks;

/// <summary>A payload of a change to one endpoint: the endpoint as the change left it.</summary>
public abstract class WebhookEndpointPayloadType : ObjectGraphType<WebhookEndpoint>
{
    protected WebhookEndpointPayloadType(string name)
    {
        Name = name;

        Field<NonNullGraphType<WebhookEndpointType>>("endpoint").Resolve(context => context.Source);
    }
}

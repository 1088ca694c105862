using GraphQL.Types;
using TwoStep.Application.Webhooks;

namespace TwoStep.Host.GraphQL.Webhooks;

/// <summary>A payload that shows an endpoint's signing secret, this once.</summary>
public abstract class WebhookEndpointWithSecretPayloadType : ObjectGraphType<WebhookEndpointWithSecret>
{
    protected WebhookEndpointWithSecretPayloadType(string name)
    {
        Name = name;

        Field<NonNullGraphType<WebhookEndpointType>>("endpoint").Resolve(context => context.Source.Endpoint);
        Field<NonNullGraphType<StringGraphType>>("secret")
            .Description("whsec_ and the base64 key that signs deliveries; shown only in this answer.")
            .Resolve(context => context.Source.Secret);
    }
}

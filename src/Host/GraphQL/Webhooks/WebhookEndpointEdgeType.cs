using TwoStep.Application.Webhooks;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL.Webhooks;

public sealed class WebhookEndpointEdgeType()
    : EdgeGraphType<WebhookEndpointType, WebhookEndpoint>("WebhookEndpointEdge");

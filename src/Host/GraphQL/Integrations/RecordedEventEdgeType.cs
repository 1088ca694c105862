using TwoStep.Application.Integrations;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL.Integrations;

public sealed class RecordedEventEdgeType() : EdgeGraphType<RecordedEventType, RecordedEvent>("OrganizationEventEdge");

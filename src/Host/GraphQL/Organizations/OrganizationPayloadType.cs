using GraphQL.Types;
using TwoStep.Application.Organizations;

namespace TwoStep.Host.GraphQL.Organizations;

/// <summary>The payload of an organization mutation: the organization as the change left it.</summary>
public abstract class OrganizationPayloadType : ObjectGraphType<OrganizationView>
{
    protected OrganizationPayloadType(string name)
    {
        Name = name;

        Field<NonNullGraphType<OrganizationType>>("organization").Resolve(context => context.Source);
    }
}

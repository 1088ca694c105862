namespace TwoStep.Application.Compliance;

/// <summary>The ids of every organization whose grain has stored state.</summary>
public interface IOrganizationDirectory
{
    IAsyncEnumerable<string> OrganizationIdsAsync(CancellationToken cancellationToken);
}

using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Application.Organizations;

/// <summary>
/// Organization ids are GUIDs in their "D" form. An id of any other shape names no organization and is
/// answered without activating a grain, so made-up ids cannot fill the silo with empty activations.
/// </summary>
public static class OrganizationIds
{
    public static string New() => Guid.NewGuid().ToString("D");

    public static bool IsWellFormed(string? id) => id is { Length: 36 } && Guid.TryParseExact(id, "D", out _);

    /// <summary>The organization's grain, or <c>NOT_FOUND</c> for an id no organization can have.</summary>
    public static IOrganizationGrain Grain(IGrainFactory grains, string id)
    {
        ArgumentNullException.ThrowIfNull(grains);

        return IsWellFormed(id)
            ? grains.GetGrain<IOrganizationGrain>(id)
            : throw new RefusalException(ErrorCode.NotFound, "No such organization, or you are not a member of it.");
    }
}

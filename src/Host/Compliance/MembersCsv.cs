using System.Globalization;
using TwoStep.Application.Compliance;
using TwoStep.Application.Organizations;
using TwoStep.Domain.Organizations;

namespace TwoStep.Host.Compliance;

/// <summary>The rows of <c>members.csv</c>.</summary>
internal static class MembersCsv
{
    public const string Header = "id,name,email,roles,status,enrolled_at,masked_phone_number";

    public static string Row(ComplianceMember member)
    {
        ArgumentNullException.ThrowIfNull(member);

        var cells = new[]
        {
            member.UserId,
            member.Name,
            member.Email,
            AuditDetails.Roles(member.Roles),
            AuditDetails.Status(member.Status),
            member.EnrolledAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            member.MaskedPhoneNumber,
        };
        return string.Join(',', cells.Select(CsvCell.Escape));
    }

    /// <summary>The <c>status</c> query parameter: an enum name of <c>TwoStepStatus</c>, or none.</summary>
    public static bool TryParseStatus(string? text, out MemberStatus? status)
    {
        status = text switch
        {
            null or "" => null,
            "ENROLLED" => MemberStatus.Enrolled,
            "NOT_ENROLLED" => MemberStatus.NotEnrolled,
            "SSO_MANAGED" => MemberStatus.SsoManaged,
            _ => (MemberStatus)(-1),
        };
        return status is null || Enum.IsDefined(status.Value);
    }
}

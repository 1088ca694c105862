using System.Collections.Immutable;
using System.Text.Json.Nodes;
using TwoStep.Domain.Organizations;
using TwoStep.Infrastructure.Organizations;
using TwoStep.Infrastructure.Silo;

namespace TwoStep.Infrastructure.Tests.Silo;

/// <summary>Grain state rows written before a property existed still read, with the property left empty.</summary>
public sealed class JsonGrainStorageSerializerTests
{
    private static readonly DateTimeOffset EnabledAt = DateTimeOffset.UnixEpoch.AddDays(3);

    private readonly JsonGrainStorageSerializer _serializer = new();

    [Fact]
    public void A_member_keeps_the_account_s_enrollment_time_through_storage()
    {
        var member = Enrolled();

        var read = _serializer.Deserialize<OrganizationState>(_serializer.Serialize(WithMember(member)));

        Assert.Equal(member, read.Organization!.Find(member.UserId));
    }

    [Fact]
    public void A_member_stored_before_enrollment_times_were_kept_reads_without_one()
    {
        var member = Enrolled();
        var row = JsonNode.Parse(_serializer.Serialize(WithMember(member)).ToString())!;
        Assert.True(row["organization"]!["members"]![member.UserId]!.AsObject().Remove("enabledAt"));

        var read = _serializer.Deserialize<OrganizationState>(BinaryData.FromString(row.ToJsonString()));

        Assert.Equal(member with { EnabledAt = null }, read.Organization!.Find(member.UserId));
    }

    [Fact]
    public void A_membership_side_stored_before_enrollment_times_were_kept_reads_without_one()
    {
        var state = new UserOrganizationsState { Status = MemberStatus.Enrolled, EnabledAt = EnabledAt };
        var row = JsonNode.Parse(_serializer.Serialize(state).ToString())!;
        Assert.True(row.AsObject().Remove("enabledAt"));

        var read = _serializer.Deserialize<UserOrganizationsState>(BinaryData.FromString(row.ToJsonString()));

        Assert.Equal(MemberStatus.Enrolled, read.Status);
        Assert.Null(read.EnabledAt);
    }

    private static Member Enrolled() =>
        new("alice", null, "Alice", OrganizationRoles.None, MemberStatus.Enrolled, "+44 ••• ••• 0001", EnabledAt);

    private static OrganizationState WithMember(Member member) => new()
    {
        Organization = new Organization(
            "org-1", "Acme", false, ImmutableDictionary<string, Member>.Empty.Add(member.UserId, member)),
    };
}

using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using TwoStep.Domain.Organizations;
using TwoStep.Infrastructure.Organizations;
using TwoStep.Infrastructure.Silo;

namespace TwoStep.Infrastructure.Tests.Silo;

/// <summary>Grain state rows written before a property existed still read, with the property left empty.</summary>
public sealed class JsonGrainStorageSerializerTests
{
    private static readonly DateTimeOffset EnabledAt = DateTimeOffset.UnixEpoch.AddDays(3);

    private const string Masked = "+44 ••• ••• 0001";

    // How members were stored before the compact form: objects with property names, escaped.
    private static readonly JsonSerializerOptions WebDefaults = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly JsonGrainStorageSerializer _serializer = new();

    [Fact]
    public void A_member_keeps_the_account_s_enrollment_time_through_storage()
    {
        var member = Enrolled();

        var read = _serializer.Deserialize<OrganizationState>(_serializer.Serialize(WithMember(member)));

        Assert.Equal(member, read.Organization!.Find(member.UserId));
    }

    [Fact]
    public void A_member_stored_as_an_object_before_enrollment_times_were_kept_reads_without_one()
    {
        const string row = """
            {"organization":{"id":"org-1","name":"Acme","twoStepRequired":false,"members":{"alice":
              {"userId":"alice","email":null,"name":"Alice","roles":"None","status":"Enrolled",
               "maskedPhoneNumber":"+44 \u2022\u2022\u2022 \u2022\u2022\u2022 0001"}}},
             "pendingLinks":{},"lastAuditSequence":4,"pendingAudit":[]}
            """;

        var read = _serializer.Deserialize<OrganizationState>(BinaryData.FromString(row));

        Assert.Equal(Enrolled() with { EnabledAt = null }, read.Organization!.Find("alice"));
        Assert.Equal(4, read.LastAuditSequence);
    }

    [Fact]
    public void A_member_is_stored_as_a_compact_array_with_the_number_unescaped()
    {
        var row = _serializer.Serialize(WithMember(Enrolled())).ToString();

        var member = JsonNode.Parse(row)!["organization"]!["members"]!["alice"]!;
        Assert.IsType<JsonArray>(member);
        Assert.Contains("+44 ••• ••• 0001", row, StringComparison.Ordinal);
        Assert.DoesNotContain("maskedPhoneNumber", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrganizationRoles.Admin, MemberStatus.SsoManaged, true)]
    [InlineData(OrganizationRoles.UserAdmin, MemberStatus.NotEnrolled, false)]
    public void Every_field_of_a_member_survives_the_compact_form(
        OrganizationRoles roles,
        MemberStatus status,
        bool withEmailAndTime)
    {
        var member = new Member(
            "bob",
            withEmailAndTime ? "bob@example.com" : null,
            null,
            roles,
            status,
            withEmailAndTime ? "+44 ••• ••• 0002" : null,
            withEmailAndTime ? EnabledAt : null);

        var read = _serializer.Deserialize<OrganizationState>(_serializer.Serialize(WithMember(member)));

        Assert.Equal(member, read.Organization!.Find("bob"));
    }

    [Fact]
    public void A_large_organization_stores_in_little_more_than_half_the_space_of_members_as_objects()
    {
        var members = Enumerable.Range(0, 1_000).Select(i => new Member(
            $"seed-user-{i:D8}",
            $"marco.brown.{i}@example.com",
            "Marco Brown",
            OrganizationRoles.None,
            MemberStatus.Enrolled,
            $"+44 ••• ••• {i:D4}",
            EnabledAt));
        var state = new OrganizationState
        {
            Organization = new Organization("org-1", "Acme", false, members.ToImmutableDictionary(m => m.UserId)),
        };
        var asObjects = JsonSerializer.SerializeToUtf8Bytes(state, WebDefaults);

        var compact = _serializer.Serialize(state).ToArray();

        Assert.True(compact.Length < asObjects.Length * 0.6, $"{compact.Length} bytes against {asObjects.Length}");
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
        new("alice", null, "Alice", OrganizationRoles.None, MemberStatus.Enrolled, Masked, EnabledAt);

    private static OrganizationState WithMember(Member member) => new()
    {
        Organization = new Organization(
            "org-1", "Acme", false, ImmutableDictionary<string, Member>.Empty.Add(member.UserId, member)),
    };
}

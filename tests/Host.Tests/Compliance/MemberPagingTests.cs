using System.Globalization;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Compliance.ComplianceClient;

namespace TwoStep.Host.Tests.Compliance;

/// <summary>SPEC "Compliance": the member list, paged with keyset cursors, filtered and searched.</summary>
public sealed class MemberPagingTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ComplianceClient _client = new(host);

    [Fact]
    public async Task Members_come_sorted_by_name_ignoring_case_then_by_id()
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        var (x, y, z, w) = ("u-x-" + Guid.NewGuid(), "u-y-" + Guid.NewGuid(), "u-a-" + Guid.NewGuid(), NewUserId());
        await _client.AddAsync(owner, id, x, "bob");
        await _client.AddAsync(owner, id, y, "Alice");
        await _client.AddAsync(owner, id, z, "alice");
        await _client.AddAsync(owner, id, w, "Carol");

        var ids = (await _client.AllAsync(owner, id, first: 1)).Select(m => m.Id).ToList();

        Assert.Equal([z, y, x, w, owner], ids);
    }

    [Fact]
    public async Task Paging_visits_each_member_once_while_members_join_and_leave_between_pages()
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        var named = new Dictionary<string, string>();
        for (var i = 0; i < 20; i++)
        {
            var user = NewUserId();
            named[user] = string.Create(CultureInfo.InvariantCulture, $"m{i:D2}");
            await _client.AddAsync(owner, id, user, named[user]);
        }

        var byName = named.ToDictionary(pair => pair.Value, pair => pair.Key);
        var seen = new List<string>();
        var first = await _client.PageAsync(owner, id, 5);
        seen.AddRange(Rows(first).Select(r => r.Id));

        // Behind the cursor: one leaves, one joins; ahead of it: one leaves, one joins.
        await _client.RemoveAsync(owner, id, byName["m01"]);
        await _client.AddAsync(owner, id, NewUserId(), "m00a");
        await _client.RemoveAsync(owner, id, byName["m12"]);
        var lateJoiner = NewUserId();
        await _client.AddAsync(owner, id, lateJoiner, "m15a");
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        while (after is not null)
        {
            var page = await _client.PageAsync(owner, id, 5, after);
            seen.AddRange(Rows(page).Select(r => r.Id));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }

        var expected = Enumerable.Range(0, 20)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"m{i:D2}"))
            .Where(name => name != "m12")
            .Select(name => byName[name])
            .Append(lateJoiner)
            .Append(owner);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_cursor_still_works_after_its_member_left()
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        var (first, second) = (NewUserId(), NewUserId());
        await _client.AddAsync(owner, id, first, "a-first");
        await _client.AddAsync(owner, id, second, "b-second");
        var page = await _client.PageAsync(owner, id, 1);

        await _client.RemoveAsync(owner, id, first);
        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var next = await _client.PageAsync(owner, id, 1, cursor);

        Assert.Equal([first], Rows(page).Select(r => r.Id));
        Assert.Equal([second], Rows(next).Select(r => r.Id));
    }

    [Fact]
    public async Task Status_filters_and_case_insensitive_prefix_search_of_name_or_email()
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        var (alice, alicia, bob, carol, enrolled) = (NewUserId(), NewUserId(), NewUserId(), NewUserId(), NewUserId());
        await _client.AddAsync(owner, id, alice, "Alice Smith", "smith@example.com");
        await _client.AddAsync(owner, id, alicia, "alicia", "zed@example.com");
        await _client.AddAsync(owner, id, bob, "Bob", "ALICE.b@corp.example");
        await _client.AddAsync(owner, id, carol, "Carol", "carol_100%@example.com");
        await _client.AddAsync(owner, id, enrolled, "Enrolled");
        await _client.Organizations.EnrollAsync(enrolled);

        var search = await _client.PageAsync(owner, id, filter: new { search = "  ALI" });
        var wildcard = await _client.PageAsync(owner, id, filter: new { search = "%" });
        var literal = await _client.PageAsync(owner, id, filter: new { search = "carol_100%" });
        var notEnrolled = await _client.PageAsync(owner, id, filter: new { status = "NOT_ENROLLED" });
        var onlyEnrolled = await _client.PageAsync(owner, id, filter: new { status = "ENROLLED" });
        var both = await _client.PageAsync(owner, id, filter: new { status = "NOT_ENROLLED", search = "bo" });

        Assert.Equal([alice, alicia, bob], Rows(search).Select(r => r.Id));
        Assert.Equal(3, search.GetProperty("totalCount").GetInt32());
        Assert.Empty(Rows(wildcard));
        Assert.Equal([carol], Rows(literal).Select(r => r.Id));
        Assert.Equal(5, notEnrolled.GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(enrolled, Rows(notEnrolled).Select(r => r.Id));
        Assert.Equal([(enrolled, "ENROLLED")], Rows(onlyEnrolled));
        Assert.Equal(1, onlyEnrolled.GetProperty("totalCount").GetInt32());
        Assert.Equal([bob], Rows(both).Select(r => r.Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task A_page_size_outside_1_to_100_is_BAD_USER_INPUT(int first)
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);

        var answer = await _client.MembersAnswerAsync(_client.Token(owner), id, first);

        Assert.Equal("BAD_USER_INPUT", answer.ErrorCode);
    }

    [Fact]
    public async Task A_page_of_100_is_served_and_the_total_counts_every_member()
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        await Task.WhenAll(Enumerable.Range(0, 105).Select(i =>
            _client.AddAsync(owner, id, NewUserId(), string.Create(CultureInfo.InvariantCulture, $"n{i}"))));

        var page = await _client.PageAsync(owner, id, 100);

        Assert.Equal(100, page.GetProperty("edges").GetArrayLength());
        Assert.Equal(106, page.GetProperty("totalCount").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task A_cursor_from_elsewhere_is_BAD_USER_INPUT()
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);

        var answer = await _client.MembersAnswerAsync(_client.Token(owner), id, after: "not a cursor!");

        Assert.Equal("BAD_USER_INPUT", answer.ErrorCode);
    }
}

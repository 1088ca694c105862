using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using TwoStep.Domain.Accounts;
using TwoStep.Infrastructure.Silo;
using TwoStep.Infrastructure.Tests.Support;
using TwoStep.Infrastructure.Users;

namespace TwoStep.Infrastructure.Tests.Persistence;

/// <summary>The storage queries against the ETag rules Orleans relies on, through the real provider.</summary>
[Collection(SharedCluster.Name)]
public sealed class GrainStorageContractTests(ClusterFixture fixture)
{
    private const string StateName = "user";

    private IGrainStorage Storage =>
        (fixture.Cluster.Primary as InProcessSiloHandle ?? throw new InvalidOperationException("No silo."))
            .SiloHost.Services
            .GetRequiredKeyedService<IGrainStorage>(TwoStepStorage.Name);

    [Fact]
    public async Task A_grain_never_written_reads_as_no_record()
    {
        var state = NewState();

        await Storage.ReadStateAsync(StateName, NewGrain(), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
    }

    [Fact]
    public async Task Every_write_returns_a_new_version_that_the_next_read_sees()
    {
        var grain = NewGrain();
        var state = NewState();

        await Storage.WriteStateAsync(StateName, grain, state);
        var first = state.ETag;
        await Storage.WriteStateAsync(StateName, grain, state);
        var second = state.ETag;
        var read = NewState();
        await Storage.ReadStateAsync(StateName, grain, read);

        Assert.Equal("1", first);
        Assert.Equal("2", second);
        Assert.Equal("2", read.ETag);
        Assert.Equal("someone@example.com", read.State?.Email);
    }

    [Fact]
    public async Task A_first_write_over_an_existing_row_is_refused()
    {
        var grain = NewGrain();
        await Storage.WriteStateAsync(StateName, grain, NewState());

        var second = NewState();

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteStateAsync(StateName, grain, second));
    }

    [Theory]
    [InlineData("write")]
    [InlineData("clear")]
    public async Task A_write_or_clear_with_a_stale_version_is_refused_and_changes_nothing(string operation)
    {
        var grain = NewGrain();
        var winner = NewState();
        await Storage.WriteStateAsync(StateName, grain, winner);
        var loser = NewState();
        loser.ETag = winner.ETag;
        await Storage.WriteStateAsync(StateName, grain, winner);

        loser.State!.Email = "loser@example.com";
        await Assert.ThrowsAsync<InconsistentStateException>(() => operation == "write"
            ? Storage.WriteStateAsync(StateName, grain, loser)
            : Storage.ClearStateAsync(StateName, grain, loser));

        var read = NewState();
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal("someone@example.com", read.State?.Email);
        Assert.Equal(winner.ETag, read.ETag);
    }

    [Fact]
    public async Task A_large_state_is_stored_compressed_with_lz4()
    {
        var grain = NewGrain();
        var state = NewState();
        state.State!.Name = string.Concat(Enumerable.Repeat("A member of a large organization. ", 500));

        await Storage.WriteStateAsync(StateName, grain, state);

        var method = await fixture.Database.ScalarAsync<string>(
            "SELECT pg_column_compression(payloadbinary) FROM orleansstorage WHERE position(@key in payloadbinary) > 0",
            ("key", System.Text.Encoding.UTF8.GetBytes(state.State.Name)));
        Assert.Equal("lz4", method);
    }

    private static GrainId NewGrain() => GrainId.Create("contract", Guid.NewGuid().ToString("N"));

    private static GrainState<UserState> NewState() => new(new UserState
    {
        Account = AccountState.Empty,
        Email = "someone@example.com",
    });
}

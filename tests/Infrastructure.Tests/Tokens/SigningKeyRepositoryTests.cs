using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Tests.Tokens;

public sealed class SigningKeyRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(_database.ConnectionString, NullLogger.Instance);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_first_start_creates_one_key_that_signs_at_once()
    {
        var kit = new TokenTestKit(_database, new FakeTimeProvider(Start));

        var keys = await kit.Keys.RefreshAsync(CancellationToken.None);

        var key = Assert.Single(keys.All);
        Assert.Same(key, keys.SignerAt(Start));
        Assert.Equal(1, await CountKeys());
    }

    [Fact]
    public async Task A_restart_reads_the_same_key_back()
    {
        var first = await new TokenTestKit(_database, new FakeTimeProvider(Start)).Keys.RefreshAsync(default);

        var later = new TokenTestKit(_database, new FakeTimeProvider(Start.AddHours(1)));
        var second = await later.Keys.RefreshAsync(default);

        Assert.Equal(first.All[0].Kid, Assert.Single(second.All).Kid);
    }

    [Fact]
    public async Task Processes_starting_at_once_end_with_one_shared_key()
    {
        var kits = Enumerable.Range(0, 4)
            .Select(_ => new TokenTestKit(_database, new FakeTimeProvider(Start)))
            .ToArray();
        using var start = new Barrier(kits.Length);

        var sets = await Task.WhenAll(kits.Select(kit => Task.Run(async () =>
        {
            start.SignalAndWait();
            return await kit.Keys.RefreshAsync(CancellationToken.None);
        })));

        Assert.Equal(1, await CountKeys());
        Assert.Single(sets.Select(set => Assert.Single(set.All).Kid).Distinct());
    }

    [Fact]
    public async Task The_private_key_is_sealed_and_useless_without_the_server_secret()
    {
        await new TokenTestKit(_database, new FakeTimeProvider(Start)).Keys.RefreshAsync(default);
        var stored = await _database.ScalarAsync<byte[]>("SELECT sealed_private_key FROM twostep_signing_keys");
        using var probe = ECDsa.Create();

        Assert.ThrowsAny<CryptographicException>(() => probe.ImportPkcs8PrivateKey(stored, out _));
        const string otherSecret = "another-secret-of-at-least-32-characters!";
        var other = new TokenTestKit(_database, new FakeTimeProvider(Start), otherSecret);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => other.Keys.RefreshAsync(default));
        Assert.Contains("TwoStep:CodeHashKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rotation_publishes_the_new_key_before_it_signs()
    {
        var time = new FakeTimeProvider(Start);
        var kit = new TokenTestKit(_database, time);
        var old = (await kit.Keys.RefreshAsync(default)).All[0];

        var rotated = await kit.Keys.RotateAsync(default);

        var next = rotated.All[^1];
        Assert.NotEqual(old.Kid, next.Kid);
        Assert.Equal(old.Kid, rotated.SignerAt(time.GetUtcNow()).Kid);
        Assert.Equal([old.Kid, next.Kid], rotated.PublishedAt(time.GetUtcNow()).Select(k => k.Kid));
        Assert.Equal(next.Kid, rotated.SignerAt(time.GetUtcNow() + TokenTestKit.Settings.Propagation).Kid);
    }

    [Fact]
    public async Task A_replaced_key_stays_published_until_its_last_token_has_expired()
    {
        var time = new FakeTimeProvider(Start);
        var kit = new TokenTestKit(_database, time);
        var old = (await kit.Keys.RefreshAsync(default)).All[0];
        await kit.Keys.RotateAsync(default);
        var settings = TokenTestKit.Settings;

        time.Advance(settings.Propagation + settings.Retention - TimeSpan.FromSeconds(1));
        var before = (await kit.Keys.RefreshAsync(default)).PublishedAt(time.GetUtcNow());
        time.Advance(TimeSpan.FromSeconds(1));
        var after = kit.Keys.Current.PublishedAt(time.GetUtcNow());
        time.Advance(settings.Propagation);
        await kit.Keys.RefreshAsync(default);

        Assert.Contains(old.Kid, before.Select(k => k.Kid));
        Assert.DoesNotContain(old.Kid, after.Select(k => k.Kid));
        Assert.Equal(1, await CountKeys());
    }

    [Fact]
    public async Task A_second_rotation_while_one_is_pending_adds_no_key()
    {
        var kit = new TokenTestKit(_database, new FakeTimeProvider(Start));
        await kit.Keys.RefreshAsync(default);

        await kit.Keys.RotateAsync(default);
        await kit.Keys.RotateAsync(default);

        Assert.Equal(2, await CountKeys());
    }

    [Fact]
    public async Task A_key_older_than_its_lifetime_is_replaced_on_refresh()
    {
        var time = new FakeTimeProvider(Start);
        var kit = new TokenTestKit(_database, time);
        var old = (await kit.Keys.RefreshAsync(default)).All[0];

        time.Advance(TokenTestKit.Settings.KeyLifetime);
        var refreshed = await kit.Keys.RefreshAsync(default);

        Assert.Equal(2, refreshed.All.Count);
        Assert.NotEqual(old.Kid, refreshed.All[^1].Kid);
    }

    private async Task<long> CountKeys() =>
        await _database.ScalarAsync<long>("SELECT count(*) FROM twostep_signing_keys");
}

using TwoStep.Infrastructure.Tokens;

namespace TwoStep.Host.Tokens;

/// <summary>
/// <c>TwoStep.Host rotate-signing-key</c>: an operator's rotation of the two-step token signing key,
/// for a suspected leak or a policy, without waiting for the scheduled one. It runs against the
/// configured database and exits; running processes publish the new key within a minute and sign
/// with it once every process has had time to read it. Tokens already issued stay valid.
/// </summary>
public static class RotateSigningKeyCommand
{
    public const string Verb = "rotate-signing-key";

    public static bool IsRequested(string[] args) => args is [Verb];

    public static async Task<int> RunAsync(
        IServiceProvider services,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);

        var keys = services.GetRequiredService<SigningKeys>();
        var time = services.GetRequiredService<TimeProvider>();

        var before = await keys.RefreshAsync(cancellationToken);
        var after = await keys.RotateAsync(cancellationToken);
        var added = after.All.Where(key => before.All.All(old => old.Kid != key.Kid)).ToList();
        if (added.Count == 0)
        {
            await output.WriteLineAsync("No key was added: a rotation is already waiting to take over.");
            return 1;
        }

        var now = time.GetUtcNow();
        foreach (var key in added)
        {
            await output.WriteLineAsync($"New signing key {key.Kid} signs from {key.ActivatesAt:O}.");
        }

        foreach (var key in after.PublishedAt(now))
        {
            await output.WriteLineAsync($"Published: {key.Kid} (active from {key.ActivatesAt:O})");
        }

        return 0;
    }
}

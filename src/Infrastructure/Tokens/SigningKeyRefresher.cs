using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TwoStep.Infrastructure.Tokens;

/// <summary>
/// Reads the signing keys before the host serves (creating the first key on a new database),
/// then again every <see cref="TokenSettings.RefreshInterval"/>. Needs the schema migrated first.
/// </summary>
public sealed class SigningKeyRefresher : IHostedService, IAsyncDisposable
{
    private readonly SigningKeys _keys;
    private readonly TokenSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<SigningKeyRefresher> _logger;
    private ITimer? _timer;

    public SigningKeyRefresher(
        SigningKeys keys,
        TokenSettings settings,
        TimeProvider time,
        ILogger<SigningKeyRefresher> logger)
    {
        _keys = keys;
        _settings = settings;
        _time = time;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _keys.RefreshAsync(cancellationToken);
        _timer = _time.CreateTimer(_ => _ = RefreshAsync(), null, _settings.RefreshInterval, _settings.RefreshInterval);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_timer is { } timer)
        {
            _timer = null;
            await timer.DisposeAsync();
        }
    }

    private async Task RefreshAsync()
    {
        try
        {
            await _keys.RefreshAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            TokenLog.RefreshFailed(_logger, exception);
        }
    }
}

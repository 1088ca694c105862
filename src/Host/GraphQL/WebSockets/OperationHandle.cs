namespace TwoStep.Host.GraphQL.WebSockets;

/// <summary>One running operation: cancels its execution and ends its stream when disposed.</summary>
internal sealed class OperationHandle : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly Lock _gate = new();
    private IDisposable? _stream;
    private bool _disposed;

    public CancellationToken Token => _cancel.Token;

    /// <summary>Keeps the stream's subscription, ending it at once if the operation already ended.</summary>
    public void Attach(IDisposable stream)
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _stream = stream;
                return;
            }
        }

        stream.Dispose();
    }

    public void Dispose()
    {
        IDisposable? stream;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            stream = _stream;
        }

        _cancel.Cancel();
        stream?.Dispose();
        _cancel.Dispose();
    }
}

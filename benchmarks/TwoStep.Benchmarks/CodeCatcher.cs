using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using TwoStep.Application.Sms;

namespace TwoStep.Benchmarks;

/// <summary>Stands in for the SMS provider: keeps the last code sent to each number.</summary>
internal sealed partial class CodeCatcher : ISmsSender
{
    private readonly ConcurrentDictionary<string, string> _codes = new(StringComparer.Ordinal);

    public string CodeFor(string phone) => _codes[phone];

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        _codes[message.To] = CodePattern().Match(message.Text).Groups[1].Value;
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"code is (\d{6})\.")]
    private static partial Regex CodePattern();
}

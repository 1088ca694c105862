using TwoStep.Application.Sms;

namespace TwoStep.Infrastructure.Tests.Sms;

[Collection(ConsoleOutputGroup.Name)]
public sealed class ConsoleSmsSenderTests
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Sms:Provider"] = "Console" };

    [Fact]
    public async Task Writes_the_number_and_the_text_as_one_line_on_standard_output()
    {
        using var host = SmsTestHost.Build(Settings);
        var message = new SmsMessage(SmsTestHost.Number, $"Your TwoStep code is {SmsTestHost.Code}.\nIt expires soon.");

        var output = await CaptureConsoleAsync(() => host.Sender().SendAsync(message, CancellationToken.None));

        Assert.Equal(
            $"[sms] to +15551234567: Your TwoStep code is {SmsTestHost.Code}. It expires soon.{Environment.NewLine}",
            output);
    }

    [Fact]
    public async Task Keeps_the_code_out_of_the_logs()
    {
        using var host = SmsTestHost.Build(Settings);

        await CaptureConsoleAsync(() => host.Sender().SendAsync(SmsTestHost.Message, CancellationToken.None));

        Assert.DoesNotContain(
            host.Logs(),
            record => record.Message.Contains(SmsTestHost.Code, StringComparison.Ordinal));
    }

    private static async Task<string> CaptureConsoleAsync(Func<Task> act)
    {
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            await act();
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }
}

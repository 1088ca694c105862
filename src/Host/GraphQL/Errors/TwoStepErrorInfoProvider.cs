using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace TwoStep.Host.GraphQL.Errors;

/// <summary>
/// Shapes errors on the wire: <c>extensions.code</c> always, <c>extensions.retryAfter</c> when a refusal
/// says when to try again, the cause of an unexpected error in Development only, and no "Did you mean" field
/// suggestions outside Development (they would reveal the schema that introspection hides).
/// </summary>
public sealed partial class TwoStepErrorInfoProvider : ErrorInfoProvider
{
    private readonly bool _development;

    public TwoStepErrorInfoProvider(IHostEnvironment environment)
        : base(Options)
    {
        _development = environment.IsDevelopment();
    }

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);

        if (executionError is TwoStepError { RetryAfterSeconds: { } seconds })
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["retryAfter"] = seconds;
        }

        if (_development && executionError.InnerException is { } cause)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["details"] = cause.ToString();
        }

        if (!_development && executionError is ValidationError)
        {
            info.Message = Suggestion().Replace(info.Message, string.Empty);
        }

        return info;
    }

    private static ErrorInfoProviderOptions Options { get; } = new()
    {
        ExposeCode = true,
        ExposeCodes = false,
        ExposeData = false,
        ExposeExtensions = true,
        ExposeExceptionDetails = false,
    };

    [GeneratedRegex(@"\s*Did you mean .*$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Suggestion();
}

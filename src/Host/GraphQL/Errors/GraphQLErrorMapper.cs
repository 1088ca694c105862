using System.Net.Sockets;
using GraphQL;
using GraphQL.Execution;
using Npgsql;
using Orleans.Runtime.Messaging;
using TwoStep.Application.Sms;
using TwoStep.Domain.Errors;

namespace TwoStep.Host.GraphQL.Errors;

/// <summary>
/// The one place where exceptions become GraphQL errors. Refusals keep their code and message;
/// an outage becomes <c>SERVICE_UNAVAILABLE</c>; anything else is logged here and answered with a
/// generic message, so no exception text or stack trace reaches a client.
/// </summary>
public sealed class GraphQLErrorMapper(ILogger<GraphQLErrorMapper> logger)
{
    public Task HandleAsync(UnhandledExceptionContext context)
    {
        var field = context.FieldContext?.FieldDefinition.Name;
        context.Exception = Map(context.OriginalException, field);
        return Task.CompletedTask;
    }

    public ExecutionError Map(Exception exception, string? field)
    {
        if (exception is ExecutionError known)
        {
            return known;
        }

        if (Find<RefusalException>(exception) is { } refusal)
        {
            return FromRefusal(refusal);
        }

        if (Find<SmsDeliveryException>(exception) is { } delivery)
        {
            return new TwoStepError(ErrorCodes.SmsDeliveryFailed, delivery.Message);
        }

        if (IsOutage(exception))
        {
            GraphQLLog.ServiceUnavailable(logger, exception, field ?? "(document)");
            return new TwoStepError(
                ErrorCodes.ServiceUnavailable,
                "The service is unavailable right now; try again shortly.",
                exception);
        }

        GraphQLLog.UnexpectedError(logger, exception, field ?? "(document)");
        return new TwoStepError(ErrorCodes.InternalServerError, "An unexpected error occurred.", exception);
    }

    private static TwoStepError FromRefusal(RefusalException refusal) =>
        new(ErrorCodes.Of(refusal.Code), refusal.Message)
        {
            RetryAfterSeconds = refusal.RetryAfter is { } wait
                ? (int)Math.Ceiling(Math.Max(wait.TotalSeconds, 1))
                : null,
        };

    private static bool IsOutage(Exception exception) =>
        Causes(exception).Any(cause => cause
            is SiloUnavailableException
            or OrleansMessageRejectionException
            or ConnectionFailedException
            or TimeoutException
            or SocketException
            or NpgsqlException { IsTransient: true });

    private static T? Find<T>(Exception exception)
        where T : Exception =>
        Causes(exception).OfType<T>().FirstOrDefault();

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        var pending = new Stack<Exception>();
        pending.Push(exception);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            yield return current;

            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}

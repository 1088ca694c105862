using GraphQL;
using Mediator;
using TwoStep.Application.Common;
using TwoStep.Application.Organizations;
using TwoStep.Application.Organizations.WatchEvents;
using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;
using TwoStep.Host.Auth;

namespace TwoStep.Host.GraphQL;

internal static class ResolveFieldContextExtensions
{
    /// <summary>The caller named by the bearer token, or an <c>UNAUTHENTICATED</c> refusal.</summary>
    public static Caller RequireCaller(this IResolveFieldContext context) =>
        CallerMapper.ToCaller(context.User)
        ?? throw new RefusalException(
            ErrorCode.Unauthenticated,
            "Sign in first: this field needs a valid bearer token.");

    /// <summary>The actor of an organization operation, or an <c>UNAUTHENTICATED</c> refusal.</summary>
    public static Actor RequireActor(this IResolveFieldContext context) =>
        ActorMapper.ToActor(context.User)
        ?? throw new RefusalException(
            ErrorCode.Unauthenticated,
            "Sign in first: this field needs a valid bearer token.");

    /// <summary>Who follows events (an integrator key or a caller), or an <c>UNAUTHENTICATED</c> refusal.</summary>
    public static Watcher RequireWatcher(this IResolveFieldContext context) =>
        WatcherMapper.ToWatcher(context.User)
        ?? throw new RefusalException(
            ErrorCode.Unauthenticated,
            "Sign in first: this field needs a valid bearer token or integrator key.");

    public static IMediator Mediator(this IResolveFieldContext context) =>
        (context.RequestServices ?? throw new InvalidOperationException("GraphQL ran without request services."))
            .GetRequiredService<IMediator>();
}

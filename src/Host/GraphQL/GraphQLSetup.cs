using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using TwoStep.Host.GraphQL.Errors;
using TwoStep.Host.GraphQL.Http;
using TwoStep.Host.GraphQL.Validation;
using TwoStep.Host.GraphQL.WebSockets;

namespace TwoStep.Host.GraphQL;

public static class GraphQLSetup
{
    /// <summary>The schema, its error mapping, its document bounds and the HTTP transport.</summary>
    public static IServiceCollection AddTwoStepGraphQL(
        this IServiceCollection services,
        IHostEnvironment environment)
    {
        services.AddOptions<GraphQLOptions>()
            .BindConfiguration(GraphQLOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<GraphQLErrorMapper>();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<GraphQLWebSocketHandler>();

        services.AddGraphQL(graphql =>
        {
            graphql
                .AddSchema<TwoStepSchema>()
                .AddGraphTypes(typeof(TwoStepSchema).Assembly)
                // E.164 numbers keep their "+"; the default encoder would write it as \u002B.
                .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
                .AddErrorInfoProvider(provider =>
                    new TwoStepErrorInfoProvider(provider.GetRequiredService<IHostEnvironment>()))
                .AddUnhandledExceptionHandler((context, options) => options.RequestServices!
                    .GetRequiredService<GraphQLErrorMapper>()
                    .HandleAsync(context))
                .AddComplexityAnalyzer((complexity, provider) =>
                {
                    var bounds = provider.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                    complexity.MaxDepth = bounds.MaxDepth;
                    complexity.MaxComplexity = bounds.MaxComplexity;
                    complexity.DefaultComplexityImpactDelegate =
                        IntrospectionIsFree(complexity.DefaultComplexityImpactDelegate);
                })
                .AddValidationRule(SingleVerificationRule.Instance)
                .ConfigureExecution<DocumentCache>();

            // Replaces the validator GraphQL.NET registers; it validates with one and remembers.
            graphql.Services.Register<IDocumentValidator, ValidationResultCache>(
                global::GraphQL.DI.ServiceLifetime.Singleton);

            if (!environment.IsDevelopment())
            {
                graphql.AddValidationRule(NoIntrospectionValidationRule.Instance);
            }
        });

        return services;
    }

    // Tools send one large introspection query; outside Development introspection is refused
    // outright, so only the depth bound needs to hold for it.
    private static Func<FieldImpactContext, FieldComplexityResult> IntrospectionIsFree(
        Func<FieldImpactContext, FieldComplexityResult> standard) =>
        context => context.FieldDefinition.Name is "__schema" or "__type"
            || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
            ? new FieldComplexityResult(0, 1)
            : standard(context);

    /// <summary>
    /// GraphQL over HTTP at <paramref name="pattern"/> (GET for queries, POST for everything), and
    /// <c>graphql-transport-ws</c> for a WebSocket upgrade of the same path (needs <c>UseWebSockets</c>).
    /// </summary>
    public static IEndpointConventionBuilder MapTwoStepGraphQL(
        this IEndpointRouteBuilder endpoints,
        string pattern = "/graphql") =>
        endpoints.MapMethods(
            pattern,
            [HttpMethods.Get, HttpMethods.Post],
            context => context.WebSockets.IsWebSocketRequest
                ? context.RequestServices.GetRequiredService<GraphQLWebSocketHandler>().HandleAsync(context)
                : context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context));
}

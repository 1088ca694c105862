using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace TwoStep.Host.GraphQL.Http;

/// <summary>
/// Keeps documents that parsed and validated, by their text, so the next request with the same text
/// skips parsing and the document-only validation rules (the larger part of a small query's cost).
/// Rules that depend on the request still run for a cached document: the HTTP method rules (set as
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/> by the handler) and the complexity
/// bound, which reads argument values and so variables: a document that was cheap with one
/// <c>first</c> may not be with another.
/// </summary>
internal sealed class DocumentCache : IConfigureExecution
{
    // Frontends send a handful of documents. Past this many distinct texts the cache starts afresh,
    // so a client sending endless new documents costs memory no longer than one fill.
    private const int MaxDocuments = 1_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);

        var query = options.Query;
        if (options.Document is null && query is not null && _documents.TryGetValue(query, out var cached))
        {
            // The executer validates with ValidationRules whatever the document's origin.
            options.Document = cached;
            options.ValidationRules = RulesForCachedDocument(options);
            return await next(options);
        }

        var result = await next(options);

        if (result.Executed && query is not null && result.Document is { } document)
        {
            if (_documents.Count >= MaxDocuments)
            {
                _documents.Clear();
            }

            _documents.TryAdd(query, document);
        }

        return result;
    }

    private static List<IValidationRule> RulesForCachedDocument(ExecutionOptions options)
    {
        List<IValidationRule> rules = [.. options.CachedDocumentValidationRules ?? []];
        rules.AddRange(options.ValidationRules?.OfType<ComplexityValidationRule>() ?? []);
        return rules;
    }
}

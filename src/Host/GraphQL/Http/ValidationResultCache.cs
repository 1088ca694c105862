using System.Collections.Concurrent;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace TwoStep.Host.GraphQL.Http;

/// <summary>
/// Remembers the outcome of validating a query that passed: the same document (as
/// <see cref="DocumentCache"/> keeps it), operation, rules and variable values give the same
/// outcome, so the product asking <c>organizationAccess</c> for the same organization on every
/// request pays for validation once. Only queries are remembered: mutations carry codes and
/// recovery codes, which must not outlive their request, and a failed validation is never kept.
/// Small documents and variables only, and a bounded number of them, so memory stays bounded.
/// Requests with the same key share the parsed variables and arguments, so resolvers and field
/// middleware must only read them (they do: arguments become new objects when read as types).
/// </summary>
internal sealed class ValidationResultCache : IDocumentValidator
{
    private const int MaxResults = 2_000;
    private const int MaxDocumentChars = 4_096;
    private const int MaxVariablesWeight = 1_024;

    private readonly DocumentValidator _validator = new();
    private readonly ConcurrentDictionary<ValidationKey, IValidationResult> _results = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (!TryKey(options, out var key))
        {
            return _validator.ValidateAsync(options);
        }

        return _results.TryGetValue(key, out var known)
            ? Task.FromResult(known)
            : ValidateAndKeepAsync(_validator.ValidateAsync(options), key);
    }

    private async Task<IValidationResult> ValidateAndKeepAsync(Task<IValidationResult> validation, ValidationKey key)
    {
        var result = await validation;
        if (result.IsValid)
        {
            if (_results.Count >= MaxResults)
            {
                _results.Clear();
            }

            _results.TryAdd(key, result);
        }

        return result;
    }

    private static bool TryKey(in ValidationOptions options, out ValidationKey key)
    {
        key = default;
        // Null rules mean GraphQL.NET's own set: not a set this key can name, so not remembered.
        if (options.Operation is not { Operation: OperationType.Query } operation
            || options.Document is not { } document
            || options.Rules is not { } rules
            || document.Source.Length > MaxDocumentChars)
        {
            return false;
        }

        var variables = new VariableValues(options.Variables);
        if (variables.Weight > MaxVariablesWeight)
        {
            return false;
        }

        key = new ValidationKey(document, operation, [.. rules], variables);
        return true;
    }
}

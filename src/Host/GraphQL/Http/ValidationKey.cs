using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace TwoStep.Host.GraphQL.Http;

/// <summary>
/// What a validation outcome depends on: the parsed document and operation (the same objects,
/// not equal text), the rules in their order (the same instances) and the variable values.
/// </summary>
internal readonly struct ValidationKey(
    GraphQLDocument document,
    GraphQLOperationDefinition operation,
    IValidationRule[] rules,
    VariableValues variables) : IEquatable<ValidationKey>
{
    private readonly GraphQLDocument _document = document;
    private readonly GraphQLOperationDefinition _operation = operation;
    private readonly IValidationRule[] _rules = rules;
    private readonly VariableValues _variables = variables;

    public bool Equals(ValidationKey other) =>
        ReferenceEquals(_document, other._document)
        && ReferenceEquals(_operation, other._operation)
        && SameRules(_rules, other._rules)
        && _variables.Equals(other._variables);

    public override bool Equals(object? obj) => obj is ValidationKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(RuntimeHelpers.GetHashCode(_document));
        hash.Add(RuntimeHelpers.GetHashCode(_operation));
        foreach (var rule in _rules)
        {
            hash.Add(RuntimeHelpers.GetHashCode(rule));
        }

        hash.Add(_variables.GetHashCode());
        return hash.ToHashCode();
    }

    private static bool SameRules(IValidationRule[] left, IValidationRule[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!ReferenceEquals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }
}

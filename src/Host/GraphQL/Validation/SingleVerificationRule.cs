using GraphQL.Validation;
using GraphQLParser.AST;

namespace TwoStep.Host.GraphQL.Validation;

/// <summary>
/// A document may hold at most one code verification, so aliases cannot turn one request into
/// many guesses. Fields that verify a code carry <see cref="MetadataKey"/>.
/// </summary>
public sealed class SingleVerificationRule : ValidationRuleBase
{
    public const string MetadataKey = "twostep:verification";

    public static SingleVerificationRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var seen = 0;
        var visitor = new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            var definition = validation.TypeInfo.GetFieldDef();
            if (definition is null || !definition.GetMetadata(MetadataKey, false))
            {
                return;
            }

            seen++;
            if (seen == 2)
            {
                validation.ReportError(new TooManyVerificationsError(validation.Document.Source, field));
            }
        });

        return new ValueTask<INodeVisitor?>(visitor);
    }
}

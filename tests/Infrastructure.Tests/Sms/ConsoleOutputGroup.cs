namespace TwoStep.Infrastructure.Tests.Sms;

/// <summary>Tests that swap <see cref="Console.Out"/> run alone, so no other test writes into it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleOutputGroup
{
    public const string Name = "Console output";
}

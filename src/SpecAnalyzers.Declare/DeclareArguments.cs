namespace SpecAnalyzers.Declare;

/// <summary>What to declare: the project file, and whether each undeclared key becomes a feature flag or an experiment.</summary>
internal sealed record DeclareArguments(string ProjectPath, SpecKindChoice Kind)
{
    /// <summary>The arguments, or null when they are not <c>--project &lt;path&gt; [--kind flag|experiment]</c>.</summary>
    public static DeclareArguments? Parse(IReadOnlyList<string> args)
    {
        string? project = null;
        var kind = SpecKindChoice.Flag;
        for (var index = 0; index + 1 < args.Count; index += 2)
        {
            switch (args[index], args[index + 1].Trim().ToLowerInvariant())
            {
                case ("--project", _):
                    project = Path.GetFullPath(args[index + 1]);
                    break;
                case ("--kind", "flag" or ""):
                    kind = SpecKindChoice.Flag;
                    break;
                case ("--kind", "experiment"):
                    kind = SpecKindChoice.Experiment;
                    break;
                default:
                    return null;
            }
        }

        return args.Count % 2 == 0 && project is not null ? new DeclareArguments(project, kind) : null;
    }
}

/// <summary>The kind of spec every undeclared key is declared as: the two actions the SPEC201 fix offers.</summary>
internal enum SpecKindChoice
{
    Flag,
    Experiment,
}

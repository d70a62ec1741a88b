using System.Reflection;
using SpecAnalyzers;

// The spec attributes stay in the compiled product, so tools can read the catalogue at run time.
foreach (var type in typeof(Program).Assembly.GetTypes().OrderBy(type => type.Name))
{
    var flag = type.GetCustomAttribute<FeatureFlagAttribute>();
    var experiment = type.GetCustomAttribute<ExperimentAttribute>();
    if (flag is null && experiment is null)
    {
        continue;
    }

    var owner = type.GetCustomAttribute<OwnerAttribute>()?.Owner ?? "(no owner)";
    var key = flag?.Key ?? experiment!.Key;
    var phase = flag?.Phase ?? experiment!.Phase;
    Console.WriteLine($"{key,-20} {phase,-8} {owner}");
}

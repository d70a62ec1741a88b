using SpecAnalyzers.PackageTests.Infrastructure;

namespace SpecAnalyzers.PackageTests;

/// <summary>Builds that several test classes assert on, run once per test run.</summary>
internal static class SharedBuilds
{
    /// <summary>Where the SARIF log goes, as docs/configuration.md's command line writes it (relative to the project).</summary>
    public const string SarifLog = "specs.sarif";

    /// <summary>
    /// The product with one part missing from each spec, built in the default mode with a SARIF 2.1 error log,
    /// exactly as docs/configuration.md tells CI to run it.
    /// </summary>
    public static (ConsumerProject Consumer, ProcessResult Build) IncompleteProductInDefaultMode(PackageFixture package) =>
        package.Shared(nameof(IncompleteProductInDefaultMode), () =>
        {
            var consumer = package.CreateConsumer("incomplete-default", ConsumerSpecs.IncompleteProduct());
            return (consumer, consumer.Build($"-p:ErrorLog={SarifLog}%2Cversion%3D2.1"));
        });
}

using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SpecAnalyzers.Catalog.Reading
{
    /// <summary>
    /// Reads the SpecAnalyzers attributes a compiled assembly carries, with System.Reflection.Metadata: no loading,
    /// no reflection, so any target framework and any assembly the build produced or references can be read. Types are
    /// matched by the attribute's namespace and name (<c>SpecAnalyzers.OwnerAttribute</c>), as the analyzers match them,
    /// comparing metadata strings without allocating them so that a 50,000-type assembly is skimmed quickly.
    /// </summary>
    public static class CompiledAssemblyReader
    {
        private static readonly ImmutableHashSet<string> AttributeNames = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            SpecAttributeNames.FeatureFlag,
            SpecAttributeNames.Experiment,
            SpecAttributeNames.Owner,
            SpecAttributeNames.Hypothesis,
            SpecAttributeNames.SuccessMetric,
            SpecAttributeNames.GuardrailMetric,
            SpecAttributeNames.TweakPlan,
            SpecAttributeNames.Metric,
            SpecAttributeNames.Goal,
            SpecAttributeNames.AdoptionExemption);

        /// <summary>
        /// True when the assembly at <paramref name="path"/> references SpecAnalyzers.Annotations, so it may declare
        /// specs, metrics or goals. Unreadable files throw (<see cref="BadImageFormatException"/>, <see cref="IOException"/>).
        /// </summary>
        public static bool ReferencesAnnotations(string path)
        {
            using var stream = File.OpenRead(path);
            using var assembly = new PEReader(stream);
            if (!assembly.HasMetadata)
            {
                return false;
            }

            var metadata = assembly.GetMetadataReader();
            return metadata.AssemblyReferences.Any(handle =>
                metadata.StringComparer.Equals(metadata.GetAssemblyReference(handle).Name, SpecAttributeNames.AnnotationsAssembly));
        }

        /// <summary>
        /// Reads the assembly at <paramref name="path"/>; source paths under <paramref name="sourceRoot"/> are made
        /// relative to it. Unreadable files throw (<see cref="BadImageFormatException"/>, <see cref="IOException"/>).
        /// </summary>
        internal static CompiledAssembly Read(string path, string sourceRoot)
        {
            using var stream = File.OpenRead(path);
            using var assembly = new PEReader(stream);
            if (!assembly.HasMetadata)
            {
                throw new BadImageFormatException("The file has no .NET metadata.", path);
            }

            var metadata = assembly.GetMetadataReader();
            var name = metadata.IsAssembly
                ? metadata.GetString(metadata.GetAssemblyDefinition().Name)
                : Path.GetFileNameWithoutExtension(path);
            using var locator = SourceLocator.Open(assembly, path, sourceRoot);
            var types = ImmutableArray.CreateBuilder<CompiledType>();
            foreach (var handle in metadata.TypeDefinitions)
            {
                var definition = metadata.GetTypeDefinition(handle);
                ImmutableArray<WrittenAttribute>.Builder? attributes = null;
                foreach (var attributeHandle in definition.GetCustomAttributes())
                {
                    var attribute = metadata.GetCustomAttribute(attributeHandle);
                    if (SpecAttributeName(metadata, attribute) is { } attributeName)
                    {
                        (attributes ??= ImmutableArray.CreateBuilder<WrittenAttribute>()).Add(Decode(attributeName, attribute));
                    }
                }

                if (attributes is null)
                {
                    continue;
                }

                var isSpec = attributes.Any(attribute =>
                    attribute.Name is SpecAttributeNames.FeatureFlag or SpecAttributeNames.Experiment);
                types.Add(new CompiledType(
                    AttributeTypeNames.FullName(metadata, handle),
                    name,
                    attributes.ToImmutable(),
                    isSpec ? locator.Locate(metadata, handle) : null));
            }

            return new CompiledAssembly(name, types.ToImmutable());
        }

        /// <summary>The attribute's type name when it is one of SpecAnalyzers' attributes, else null.</summary>
        private static string? SpecAttributeName(MetadataReader metadata, CustomAttribute attribute)
        {
            StringHandle ns;
            StringHandle name;
            switch (attribute.Constructor.Kind)
            {
                case HandleKind.MemberReference:
                    var parent = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
                    if (parent.Kind == HandleKind.TypeReference)
                    {
                        var reference = metadata.GetTypeReference((TypeReferenceHandle)parent);
                        (ns, name) = (reference.Namespace, reference.Name);
                    }
                    else if (parent.Kind == HandleKind.TypeDefinition)
                    {
                        var definition = metadata.GetTypeDefinition((TypeDefinitionHandle)parent);
                        (ns, name) = (definition.Namespace, definition.Name);
                    }
                    else
                    {
                        return null;
                    }

                    break;
                case HandleKind.MethodDefinition:
                    var declaring = metadata.GetTypeDefinition(
                        metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType());
                    (ns, name) = (declaring.Namespace, declaring.Name);
                    break;
                default:
                    return null;
            }

            if (!metadata.StringComparer.Equals(ns, SpecAttributeNames.Namespace))
            {
                return null;
            }

            var text = metadata.GetString(name);
            return AttributeNames.Contains(text) ? text : null;
        }

        private static WrittenAttribute Decode(string name, CustomAttribute attribute)
        {
            try
            {
                var value = attribute.DecodeValue(AttributeTypeNames.Instance);
                var named = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
                foreach (var argument in value.NamedArguments)
                {
                    if (argument.Name is { } argumentName)
                    {
                        named[argumentName] = argument.Value;
                    }
                }

                return new WrittenAttribute(
                    name,
                    Readable: true,
                    value.FixedArguments.Select(argument => argument.Value).ToImmutableArray(),
                    named.ToImmutable());
            }
            catch (Exception exception) when (exception is BadImageFormatException or ArgumentException or InvalidOperationException or NotSupportedException)
            {
                return new WrittenAttribute(name, Readable: false, ImmutableArray<object?>.Empty, ImmutableDictionary<string, object?>.Empty);
            }
        }
    }
}

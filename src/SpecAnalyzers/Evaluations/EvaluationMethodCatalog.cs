using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Options;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// The methods of one compilation that evaluate a flag by key, resolved once when the compilation starts:
    /// Microsoft.FeatureManagement, OpenFeature and the in-house methods named in
    /// <c>spec_analyzers.evaluation_methods</c>. Matched by metadata name, so the analyzer depends on no flag library.
    /// </summary>
    internal sealed class EvaluationMethodCatalog
    {
        public const string FeatureGateAttributeName = "Microsoft.FeatureManagement.Mvc.FeatureGateAttribute";

        private const string FeatureParameter = "feature";
        private const string FlagKeyParameter = "flagKey";

        private static readonly KnownApi[] KnownApis =
        {
            new("Microsoft.FeatureManagement.IFeatureManager", FeatureParameter, isReceiver: true, "IsEnabledAsync"),
            new("Microsoft.FeatureManagement.IVariantFeatureManager", FeatureParameter, isReceiver: true, "IsEnabledAsync", "GetVariantAsync"),
            new("Microsoft.FeatureManagement.AspNetCore.FeatureGateEndpointFilterExtensions", "features", isReceiver: false, "WithFeatureGate"),
            new(
                "OpenFeature.IFeatureClient",
                FlagKeyParameter,
                isReceiver: true,
                "GetBooleanValueAsync",
                "GetBooleanDetailsAsync",
                "GetStringValueAsync",
                "GetStringDetailsAsync",
                "GetIntegerValueAsync",
                "GetIntegerDetailsAsync",
                "GetDoubleValueAsync",
                "GetDoubleDetailsAsync",
                "GetObjectValueAsync",
                "GetObjectDetailsAsync"),
        };

        private const int NoKey = -1;

        private readonly Dictionary<IMethodSymbol, int> _declared;
        private readonly ImmutableArray<INamedTypeSymbol> _receivers;
        private readonly HashSet<string> _names;
        private readonly ConcurrentDictionary<IMethodSymbol, int> _matched = new(SymbolEqualityComparer.Default);

        private EvaluationMethodCatalog(
            Dictionary<IMethodSymbol, int> declared,
            ImmutableArray<INamedTypeSymbol> receivers,
            HashSet<string> names,
            INamedTypeSymbol? featureGateAttribute)
        {
            _declared = declared;
            _receivers = receivers;
            _names = names;
            FeatureGateAttribute = featureGateAttribute;
            TakesKeyFromReceiver = declared.Any(entry => entry.Key.IsExtensionMethod && entry.Value == 0);
        }

        /// <summary><c>[FeatureGate(...)]</c> of Microsoft.FeatureManagement.AspNetCore, when referenced.</summary>
        public INamedTypeSymbol? FeatureGateAttribute { get; }

        /// <summary>
        /// Whether some configured extension method takes its key as its <c>this</c> parameter
        /// (<c>"dark-mode".IsOn()</c>): such a call passes its key before its argument list.
        /// </summary>
        public bool TakesKeyFromReceiver { get; }

        /// <summary>Null when the compilation references no evaluation API at all: the analyzer then registers nothing.</summary>
        public static EvaluationMethodCatalog? TryCreate(Compilation compilation, AnalyzerOptions options)
        {
            var declared = new Dictionary<IMethodSymbol, int>(SymbolEqualityComparer.Default);
            var receivers = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            var names = new HashSet<string>(System.StringComparer.Ordinal);

            foreach (var api in KnownApis)
            {
                var type = compilation.GetTypeByMetadataName(api.TypeMetadataName);
                if (type is null)
                {
                    continue;
                }

                if (api.IsReceiver)
                {
                    receivers.Add(type);
                }

                foreach (var methodName in api.MethodNames)
                {
                    AddOverloads(type, methodName, method => FindParameter(method, api.KeyParameter), declared, names);
                }
            }

            foreach (var configured in ReadConfiguredMethods(compilation, options))
            {
                var type = compilation.GetTypeByMetadataName(configured.TypeMetadataName);
                if (type is not null)
                {
                    AddOverloads(type, configured.MethodName, method => FindConfiguredKey(method, configured), declared, names);
                }
            }

            var featureGate = compilation.GetTypeByMetadataName(FeatureGateAttributeName);
            return declared.Count == 0 && featureGate is null
                ? null
                : new EvaluationMethodCatalog(declared, receivers.ToImmutable(), names, featureGate);
        }

        /// <summary>The names of the evaluation methods: a call to a method of any other name evaluates nothing.</summary>
        public IReadOnlyCollection<string> MethodNames => _names;

        /// <summary>
        /// Whether <paramref name="method"/> evaluates a flag, and which parameter holds the key. A method whose name
        /// no evaluation method has is rejected on one hash lookup.
        /// </summary>
        public bool TryGetKeyParameter(IMethodSymbol method, out int keyOrdinal)
        {
            keyOrdinal = NoKey;
            if (!_names.Contains(method.Name))
            {
                return false;
            }

            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            keyOrdinal = _matched.GetOrAdd(definition, Match);
            return keyOrdinal != NoKey;
        }

        private int Match(IMethodSymbol method)
        {
            if (_declared.TryGetValue(method, out var ordinal))
            {
                return ordinal;
            }

            // An override of a configured virtual method, or an interface's implementation (FeatureManager, FeatureClient).
            for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                if (_declared.TryGetValue(overridden.OriginalDefinition, out ordinal))
                {
                    return ordinal;
                }
            }

            if (!method.IsStatic)
            {
                foreach (var entry in _declared)
                {
                    var declaredMethod = entry.Key;
                    if (declaredMethod.Name == method.Name
                        && declaredMethod.ContainingType.TypeKind == TypeKind.Interface
                        && SymbolEqualityComparer.Default.Equals(
                            method.ContainingType.FindImplementationForInterfaceMember(declaredMethod)?.OriginalDefinition,
                            method))
                    {
                        return entry.Value;
                    }
                }

                return NoKey;
            }

            // An extension method on a flag client: the first string after the receiver is the key.
            return method.IsExtensionMethod && method.Parameters.Length > 1 && IsReceiver(method.Parameters[0].Type)
                ? FirstStringParameter(method, startAt: 1)
                : NoKey;
        }

        private bool IsReceiver(ITypeSymbol type)
        {
            foreach (var receiver in _receivers)
            {
                if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, receiver))
                {
                    return true;
                }

                foreach (var implemented in type.AllInterfaces)
                {
                    if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, receiver))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static void AddOverloads(
            INamedTypeSymbol type,
            string methodName,
            System.Func<IMethodSymbol, int> findKey,
            Dictionary<IMethodSymbol, int> declared,
            HashSet<string> names)
        {
            foreach (var member in type.GetMembers(methodName))
            {
                if (member is IMethodSymbol method && findKey(method) is var ordinal && ordinal != NoKey)
                {
                    declared[method.OriginalDefinition] = ordinal;
                    names.Add(methodName);
                }
            }
        }

        private static int FindParameter(IMethodSymbol method, string name)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Name == name && IsKeyType(parameter))
                {
                    return parameter.Ordinal;
                }
            }

            return NoKey;
        }

        private static int FindConfiguredKey(IMethodSymbol method, ConfiguredEvaluationMethod configured)
        {
            if (configured.KeyName is { } name)
            {
                return FindParameter(method, name);
            }

            if (configured.KeyOrdinal is { } ordinal)
            {
                return ordinal < method.Parameters.Length && IsKeyType(method.Parameters[ordinal]) ? ordinal : NoKey;
            }

            return FirstStringParameter(method, startAt: method.IsExtensionMethod ? 1 : 0);
        }

        private static int FirstStringParameter(IMethodSymbol method, int startAt)
        {
            for (var i = startAt; i < method.Parameters.Length; i++)
            {
                if (method.Parameters[i].Type.SpecialType == SpecialType.System_String)
                {
                    return i;
                }
            }

            return NoKey;
        }

        /// <summary>A key is a string, or a <c>params string[]</c> of keys.</summary>
        private static bool IsKeyType(IParameterSymbol parameter) =>
            parameter.Type.SpecialType == SpecialType.System_String
            || (parameter.IsParams && parameter.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String });

        private static IEnumerable<ConfiguredEvaluationMethod> ReadConfiguredMethods(Compilation compilation, AnalyzerOptions options)
        {
            // Read per file as .editorconfig sections apply per file; the union is resolved once for the compilation.
            var values = new HashSet<string>(System.StringComparer.Ordinal);
            if (SpecAnalyzerOptions.Get(options, tree: null, ConfiguredEvaluationMethod.OptionName) is { } global)
            {
                values.Add(global);
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                if (SpecAnalyzerOptions.Get(options, tree, ConfiguredEvaluationMethod.OptionName) is { } value)
                {
                    values.Add(value);
                }
            }

            foreach (var value in values)
            {
                foreach (var method in ConfiguredEvaluationMethod.ParseAll(value))
                {
                    yield return method;
                }
            }
        }

        private sealed class KnownApi
        {
            public KnownApi(string typeMetadataName, string keyParameter, bool isReceiver, params string[] methodNames)
            {
                TypeMetadataName = typeMetadataName;
                KeyParameter = keyParameter;
                IsReceiver = isReceiver;
                MethodNames = methodNames;
            }

            public string TypeMetadataName { get; }

            /// <summary>The name the library gives its key parameter.</summary>
            public string KeyParameter { get; }

            /// <summary>Whether implementations of the type and extension methods on it evaluate flags too.</summary>
            public bool IsReceiver { get; }

            public string[] MethodNames { get; }
        }
    }
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Options;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// The methods of one compilation that evaluate a flag by key, found once per compilation (the types when it starts,
    /// their methods when the first call that may evaluate a flag is bound):
    /// Microsoft.FeatureManagement (its managers, their implementations and every extension method on them, whatever
    /// its name; its ASP.NET Core filters, middleware branches and endpoint gates), OpenFeature, and the in-house
    /// methods named in <c>spec_analyzers.evaluation_methods</c>. Matched by metadata name, so the analyzer depends on
    /// no flag library.
    /// </summary>
    internal sealed class EvaluationMethodCatalog
    {
        public const string FeatureGateAttributeName = "Microsoft.FeatureManagement.Mvc.FeatureGateAttribute";

        /// <summary>Microsoft.FeatureManagement's <c>&lt;feature&gt;</c> tag helper for Razor views.</summary>
        public const string FeatureTagHelperName = "Microsoft.FeatureManagement.Mvc.TagHelpers.FeatureTagHelper";

        /// <summary>The libraries' assembly names, which prefix their other assemblies' names (see <see cref="LibraryTypes"/>).</summary>
        public const string FeatureManagementLibrary = "Microsoft.FeatureManagement";
        private const string OpenFeatureLibrary = "OpenFeature";

        private const string FeatureParameter = "feature";
        private const string FlagKeyParameter = "flagKey";

        /// <summary>The key parameter of methods whose libraries name it differently across versions: the first key after the receiver.</summary>
        private const string FirstKeyParameter = "";

        private static readonly KnownApi[] KnownApis =
        {
            new(FeatureManagementLibrary, "Microsoft.FeatureManagement.IFeatureManager", FeatureParameter, IsReceiver: true, IgnoresCase: true, "IsEnabledAsync"),
            new(FeatureManagementLibrary, "Microsoft.FeatureManagement.IVariantFeatureManager", FeatureParameter, IsReceiver: true, IgnoresCase: true, "IsEnabledAsync", "GetVariantAsync"),
            new(FeatureManagementLibrary, "Microsoft.FeatureManagement.AspNetCore.FeatureGateEndpointFilterExtensions", "features", IsReceiver: false, IgnoresCase: true, "WithFeatureGate"),
            new(FeatureManagementLibrary, "Microsoft.FeatureManagement.FilterCollectionExtensions", FirstKeyParameter, IsReceiver: false, IgnoresCase: true, "AddForFeature"),
            new(FeatureManagementLibrary, "Microsoft.FeatureManagement.UseForFeatureExtensions", FirstKeyParameter, IsReceiver: false, IgnoresCase: true, "UseForFeature", "UseMiddlewareForFeature"),
            new(
                OpenFeatureLibrary,
                "OpenFeature.IFeatureClient",
                FlagKeyParameter,
                IsReceiver: true,
                IgnoresCase: false,
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

        private static readonly KeyParameter NoKeyParameter = new(NoKey, IgnoresCase: false);

        /// <summary>
        /// The evaluation methods and their key parameters, read when the first call with an evaluation method's name is
        /// bound: reading a library type's members at compilation start costs tens of milliseconds per compilation (the
        /// compiler has not decoded them yet), and a compilation that calls none never needs them.
        /// </summary>
        private readonly System.Lazy<Dictionary<IMethodSymbol, KeyParameter>> _declared;
        private readonly ImmutableArray<Receiver> _receivers;
        private readonly HashSet<string> _names;
        private readonly ConcurrentDictionary<IMethodSymbol, KeyParameter> _matched = new(SymbolEqualityComparer.Default);

        private EvaluationMethodCatalog(
            ImmutableArray<KnownType> knownTypes,
            Dictionary<IMethodSymbol, KeyParameter> configured,
            ImmutableArray<Receiver> receivers,
            HashSet<string> names,
            INamedTypeSymbol? featureGateAttribute,
            bool hasFeatureTagHelper)
        {
            _declared = new(() => ReadDeclared(knownTypes, configured), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            HasFeatureTagHelper = hasFeatureTagHelper;
            _receivers = receivers;
            _names = names;
            FeatureGateAttribute = featureGateAttribute;

            // The libraries' own methods take the key after their receiver: only a configured method can take it as its receiver.
            foreach (var entry in configured)
            {
                TakesKeyFromReceiver |= entry.Key.IsExtensionMethod && entry.Value.Ordinal == 0;
            }
        }

        /// <summary><c>[FeatureGate(...)]</c> of Microsoft.FeatureManagement.AspNetCore, when referenced.</summary>
        public INamedTypeSymbol? FeatureGateAttribute { get; }

        /// <summary>Whether Razor views can evaluate flags with <c>&lt;feature name="…"&gt;</c>.</summary>
        public bool HasFeatureTagHelper { get; }

        /// <summary>
        /// Whether some configured extension method takes its key as its <c>this</c> parameter
        /// (<c>"dark-mode".IsOn()</c>): such a call passes its key before its argument list.
        /// </summary>
        public bool TakesKeyFromReceiver { get; }

        /// <summary>Null when the compilation references no evaluation API at all: the analyzer then registers nothing.</summary>
        /// <summary>
        /// Whether <see cref="TryCreate"/> can find an evaluation in <paramref name="compilation"/>: a flag library, its
        /// <c>[FeatureGate]</c> or a configured in-house method's type is there. Cheap (type lookups the compiler caches);
        /// the configuration rules ask it to know whether a first install's SPEC201 summary will count configured flags.
        /// </summary>
        public static bool MayEvaluate(Compilation compilation, AnalyzerOptions options) =>
            KnownApis.Any(api => LibraryTypes.Find(compilation, api.Library, api.TypeMetadataName) is not null)
            || LibraryTypes.Find(compilation, FeatureManagementLibrary, FeatureGateAttributeName) is not null
            || ReadConfiguredMethods(compilation, options).Any(method => compilation.GetTypeByMetadataName(method.TypeMetadataName) is not null);

        public static EvaluationMethodCatalog? TryCreate(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var knownTypes = ImmutableArray.CreateBuilder<KnownType>();
            var receivers = ImmutableArray.CreateBuilder<Receiver>();
            var names = new HashSet<string>(System.StringComparer.Ordinal);

            // Only the types are looked up here; their methods are read on first need (see _declared). A name whose
            // overloads take no key is searched for in vain: a call to it is bound once and rejected.
            foreach (var api in KnownApis)
            {
                var type = LibraryTypes.Find(compilation, api.Library, api.TypeMetadataName);
                if (type is null)
                {
                    continue;
                }

                if (api.IsReceiver)
                {
                    receivers.Add(new Receiver(type, api.IgnoresCase));
                }

                knownTypes.Add(new KnownType(type, api));
                names.UnionWith(api.MethodNames);
            }

            // An in-house method forwards to the library the project uses: where that is Microsoft.FeatureManagement, case does not matter.
            // Configured methods are few and rare, and whether one takes its key as its receiver is needed now.
            var configured = new Dictionary<IMethodSymbol, KeyParameter>(SymbolEqualityComparer.Default);
            var inHouseIgnoresCase = receivers.Any(receiver => receiver.IgnoresCase);
            foreach (var configuredMethod in ReadConfiguredMethods(compilation, options))
            {
                var type = compilation.GetTypeByMetadataName(configuredMethod.TypeMetadataName);
                if (type is not null && AddOverloads(type, configuredMethod.MethodName, method => FindConfiguredKey(method, configuredMethod), inHouseIgnoresCase, configured))
                {
                    names.Add(configuredMethod.MethodName);
                }
            }

            // Extension methods on a flag client, whatever their names (IsOnAsync(this IFeatureManager, string)): their names are searched for too.
            if (receivers.Count > 0)
            {
                names.UnionWith(ExtensionMethodNames.Find(compilation, receivers.Select(receiver => receiver.Type.Name), cancellationToken));
            }

            var featureGate = LibraryTypes.Find(compilation, FeatureManagementLibrary, FeatureGateAttributeName);
            var hasFeatureTagHelper = LibraryTypes.Find(compilation, FeatureManagementLibrary, FeatureTagHelperName) is not null;
            return knownTypes.Count == 0 && configured.Count == 0 && featureGate is null
                ? null
                : new EvaluationMethodCatalog(knownTypes.ToImmutable(), configured, receivers.ToImmutable(), names, featureGate, hasFeatureTagHelper);
        }

        /// <summary>The libraries' methods that take a key, then the configured ones (a configured method the library also declares takes the configured key).</summary>
        private static Dictionary<IMethodSymbol, KeyParameter> ReadDeclared(ImmutableArray<KnownType> knownTypes, Dictionary<IMethodSymbol, KeyParameter> configured)
        {
            var declared = new Dictionary<IMethodSymbol, KeyParameter>(SymbolEqualityComparer.Default);
            foreach (var known in knownTypes)
            {
                foreach (var methodName in known.Api.MethodNames)
                {
                    AddOverloads(known.Type, methodName, method => FindParameter(method, known.Api.KeyParameter), known.Api.IgnoresCase, declared);
                }
            }

            foreach (var entry in configured)
            {
                declared[entry.Key] = entry.Value;
            }

            return declared;
        }

        /// <summary>The names of the evaluation methods: a call to a method of any other name evaluates nothing.</summary>
        public IReadOnlyCollection<string> MethodNames => _names;

        /// <summary>
        /// Whether <paramref name="method"/> evaluates a flag, and which parameter holds the key. A method whose name
        /// no evaluation method has is rejected on one hash lookup.
        /// </summary>
        public bool TryGetKeyParameter(IMethodSymbol method, out KeyParameter key)
        {
            key = NoKeyParameter;
            if (!_names.Contains(method.Name))
            {
                return false;
            }

            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            key = _matched.GetOrAdd(definition, Match);
            return key.Ordinal != NoKey;
        }

        private KeyParameter Match(IMethodSymbol method)
        {
            var declared = _declared.Value;
            if (declared.TryGetValue(method, out var ordinal))
            {
                return ordinal;
            }

            // An override of a configured virtual method, or an interface's implementation (FeatureManager, FeatureClient).
            for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                if (declared.TryGetValue(overridden.OriginalDefinition, out ordinal))
                {
                    return ordinal;
                }
            }

            if (!method.IsStatic)
            {
                foreach (var entry in declared)
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

                return NoKeyParameter;
            }

            // An extension method on a flag client: the first string after the receiver is the key.
            return method.IsExtensionMethod && method.Parameters.Length > 1 && FindReceiver(method.Parameters[0].Type) is { } receiver
                ? new KeyParameter(FirstStringParameter(method, startAt: 1), receiver.IgnoresCase)
                : NoKeyParameter;
        }

        private Receiver? FindReceiver(ITypeSymbol type)
        {
            foreach (var receiver in _receivers)
            {
                if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, receiver.Type))
                {
                    return receiver;
                }

                foreach (var implemented in type.AllInterfaces)
                {
                    if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, receiver.Type))
                    {
                        return receiver;
                    }
                }
            }

            return null;
        }

        /// <summary>Adds the overloads of <paramref name="methodName"/> that take a key; whether there was one.</summary>
        private static bool AddOverloads(
            INamedTypeSymbol type,
            string methodName,
            System.Func<IMethodSymbol, int> findKey,
            bool ignoresCase,
            Dictionary<IMethodSymbol, KeyParameter> declared)
        {
            var added = false;
            foreach (var member in type.GetMembers(methodName))
            {
                if (member is IMethodSymbol method && findKey(method) is var ordinal && ordinal != NoKey)
                {
                    declared[method.OriginalDefinition] = new KeyParameter(ordinal, ignoresCase);
                    added = true;
                }
            }

            return added;
        }

        private static int FindParameter(IMethodSymbol method, string name)
        {
            if (name == FirstKeyParameter)
            {
                return FirstKey(method, startAt: method.IsExtensionMethod ? 1 : 0);
            }

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

        private static int FirstKey(IMethodSymbol method, int startAt)
        {
            for (var i = startAt; i < method.Parameters.Length; i++)
            {
                if (IsKeyType(method.Parameters[i]))
                {
                    return i;
                }
            }

            return NoKey;
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

        /// <param name="KeyParameter">The name the library gives its key parameter; <see cref="FirstKeyParameter"/> for the first key.</param>
        /// <param name="IsReceiver">Whether implementations of the type and extension methods on it evaluate flags too.</param>
        private sealed record KnownApi(string Library, string TypeMetadataName, string KeyParameter, bool IsReceiver, bool IgnoresCase, params string[] MethodNames);

        /// <summary>A known API's type, as this compilation resolves it.</summary>
        private sealed record KnownType(INamedTypeSymbol Type, KnownApi Api);

        /// <summary>A flag client type: its implementations and the extension methods on it evaluate flags.</summary>
        private sealed record Receiver(INamedTypeSymbol Type, bool IgnoresCase);
    }
}

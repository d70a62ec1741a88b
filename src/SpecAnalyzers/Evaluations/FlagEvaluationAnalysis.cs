using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// The SPEC2xx checks of one compilation: each flag evaluation's key against the declared specs (SPEC201,
    /// SPEC202, SPEC203, SPEC205) and, when turned on, the specs nothing evaluates (SPEC204).
    /// </summary>
    internal sealed class FlagEvaluationAnalysis
    {
        private static readonly SymbolDisplayFormat KeyConstantDisplayFormat = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
            memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

        private readonly Compilation _compilation;
        private readonly DeclaredSpecCatalog _specs;
        private readonly EvaluationMethodCatalog _methods;
        private readonly AttributeNameFilter _featureGateNames;

        /// <summary>Null while SPEC204 records keys, which needs every call bound, or when a key can be a call's receiver.</summary>
        private readonly QuietCalls? _quietCalls;

        private readonly ConcurrentDictionary<SpecModel, KeyConstantDescription> _keyConstants = new();

        /// <summary>Keys some code evaluates; only kept while SPEC204 is on.</summary>
        private readonly ConcurrentDictionary<string, byte>? _evaluatedKeys;

        public FlagEvaluationAnalysis(Compilation compilation, DeclaredSpecCatalog specs, EvaluationMethodCatalog methods, bool tracksEvaluatedKeys)
        {
            _compilation = compilation;
            _specs = specs;
            _methods = methods;
            _featureGateNames = new AttributeNameFilter(compilation, "FeatureGate");
            _evaluatedKeys = tracksEvaluatedKeys ? new ConcurrentDictionary<string, byte>(System.StringComparer.Ordinal) : null;
            _quietCalls = tracksEvaluatedKeys || methods.TakesKeyFromReceiver ? null : new QuietCalls(specs);
        }

        /// <summary>
        /// One file's evaluations: the calls to a method with an evaluation method's name, the attributes that can be
        /// <c>[FeatureGate]</c>, and, while SPEC204 is on, the uses of a <c>Key</c> constant. They are found in the
        /// file's text (<see cref="IdentifierSearch"/>); a generated file is not read at all.
        /// </summary>
        public void AnalyzeDocument(SemanticModelAnalysisContext context)
        {
            var cancellationToken = context.CancellationToken;
            var tree = context.SemanticModel.SyntaxTree;
            if (GeneratedCode.IsGeneratedFile(tree, context.Options, cancellationToken))
            {
                return;
            }

            // Every search first: the search's buffer is reused by the next file this thread reads.
            var search = IdentifierSearch.Create(tree, cancellationToken);
            var calls = new List<SyntaxToken>();
            foreach (var name in _methods.MethodNames)
            {
                calls.AddRange(search.Find(name, cancellationToken));
            }

            var attributes = new List<SyntaxToken>();
            if (_methods.FeatureGateAttribute is not null)
            {
                foreach (var stem in _featureGateNames.Stems(cancellationToken))
                {
                    attributes.AddRange(search.FindAttributeName(stem, cancellationToken));
                }
            }

            var keyReferences = _evaluatedKeys is null ? null : search.Find(SpecModel.KeyConstantName, cancellationToken);

            foreach (var name in calls)
            {
                if (InvocationNamed(name) is { } call)
                {
                    AnalyzeInvocation(context, call);
                }
            }

            foreach (var name in attributes)
            {
                if (AttributeNamed(name) is { } attribute)
                {
                    AnalyzeAttribute(context, attribute);
                }
            }

            if (keyReferences is null)
            {
                return;
            }

            foreach (var name in keyReferences)
            {
                if (name.Parent is IdentifierNameSyntax reference)
                {
                    RecordKeyConstantReference(context, reference);
                }
            }
        }

        /// <summary>A call that passes only keys with nothing to report (<see cref="QuietCalls"/>) is not bound.</summary>
        private void AnalyzeInvocation(SemanticModelAnalysisContext context, InvocationExpressionSyntax syntax)
        {
            if (_quietCalls?.IsQuiet(syntax, context.SemanticModel, context.CancellationToken) == true)
            {
                return;
            }

            var callSite = EnclosingSymbol(context.SemanticModel, syntax, context.CancellationToken);
            if (GeneratedCode.IsMarkedGenerated(callSite)
                || context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IInvocationOperation invocation
                || !_methods.TryGetKeyParameter(invocation.TargetMethod, out var keyOrdinal))
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal != keyOrdinal || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                if (argument.ArgumentKind == ArgumentKind.ParamArray)
                {
                    AnalyzeKeys(context, callSite, argument.Value);
                }
                else
                {
                    AnalyzeKey(context, callSite, argument.Value, invocation.Syntax);
                }
            }
        }

        /// <summary><c>[FeatureGate("a", "b")]</c>: every key of the params array, strings or enum members.</summary>
        private void AnalyzeAttribute(SemanticModelAnalysisContext context, AttributeSyntax syntax)
        {
            var callSite = EnclosingSymbol(context.SemanticModel, syntax, context.CancellationToken);
            if (GeneratedCode.IsMarkedGenerated(callSite)
                || context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IAttributeOperation attribute
                || attribute.Operation is not IObjectCreationOperation { Constructor: { } constructor } creation
                || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, _methods.FeatureGateAttribute))
            {
                return;
            }

            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter is { IsParams: true })
                {
                    AnalyzeKeys(context, callSite, argument.Value);
                }
            }
        }

        /// <summary>
        /// A use of a spec's <c>Key</c> constant outside the spec itself counts as an evaluation for SPEC204, wherever
        /// it is passed (an unregistered wrapper, a dictionary of flags).
        /// </summary>
        private void RecordKeyConstantReference(SemanticModelAnalysisContext context, IdentifierNameSyntax name)
        {
            // The operation belongs to the whole member access: LyricsCardShare.Key.
            var reference = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : (ExpressionSyntax)name;
            if (context.SemanticModel.GetOperation(reference, context.CancellationToken) is IFieldReferenceOperation { Field: { } field }
                && field.IsConst
                && field.ConstantValue is string key
                && EnclosingSymbol(context.SemanticModel, name, context.CancellationToken) is var user
                && !GeneratedCode.IsMarkedGenerated(user)
                && !IsWithin(user, field.ContainingType))
            {
                _evaluatedKeys?.TryAdd(key, 0);
            }
        }

        public void ReportUnevaluatedSpecs(CompilationAnalysisContext context)
        {
            if (_evaluatedKeys is null)
            {
                return;
            }

            foreach (var spec in _specs.GetAll(context.CancellationToken).InSource)
            {
                // Think: nothing is built yet. Retired: not being evaluated is exactly what retiring means.
                if (spec.Phase is SpecPhase.Think or SpecPhase.Retired || _evaluatedKeys.ContainsKey(spec.Key!))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnevaluatedSpec, spec.Location, spec.DisplayName));
            }
        }

        private void AnalyzeKeys(SemanticModelAnalysisContext context, ISymbol? callSite, IOperation keys)
        {
            if (keys is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var element in initializer.ElementValues)
                {
                    AnalyzeKey(context, callSite, element, evaluation: null);
                }
            }
        }

        /// <param name="evaluation">The call that evaluates one key, where SPEC203 goes; null when a call names several.</param>
        private void AnalyzeKey(SemanticModelAnalysisContext context, ISymbol? callSite, IOperation value, SyntaxNode? evaluation)
        {
            if (value is IInvalidOperation || value.Type is { TypeKind: TypeKind.Error })
            {
                return;
            }

            if (!TryGetConstantKey(value, out var key))
            {
                ReportNonConstantKey(context, callSite, value);
                return;
            }

            if (key is null)
            {
                return;
            }

            _evaluatedKeys?.TryAdd(key, 0);
            if (!_specs.TryGet(key, context.CancellationToken, out var spec))
            {
                ReportUndeclaredKey(context, callSite, value, key, _specs.GetAll(context.CancellationToken));
            }
            else if (spec.Phase == SpecPhase.Retired)
            {
                ReportRetired(context, (evaluation ?? value.Syntax).GetLocation(), spec);
            }
            else if (value is ILiteralOperation && TryDescribeKeyConstant(spec, callSite, out var properties, out var display))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.FlagKeyLiteral, value.Syntax.GetLocation(), properties, key, display));
            }
        }

        private void ReportUndeclaredKey(SemanticModelAnalysisContext context, ISymbol? callSite, IOperation value, string key, DeclaredSpecs specs)
        {
            var suggestions = KeySuggestions.Nearest(key, specs.Keys, specs.NormalizedKeys);
            var hint = suggestions.IsEmpty
                ? "; declare it with [FeatureFlag(\"" + key + "\")] or [Experiment(\"" + key + "\")]"
                : ": did you mean " + string.Join(" or ", Quote(suggestions)) + "?";
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(FlagDiagnosticProperties.Key, key)
                .Add(FlagDiagnosticProperties.Suggestions, string.Join(FlagDiagnosticProperties.Separator.ToString(), suggestions));
            if (specs.Home is { } home)
            {
                properties = properties
                    .Add(FlagDiagnosticProperties.SpecFile, home.Location.SourceTree!.FilePath)
                    .Add(FlagDiagnosticProperties.SpecNamespace, home.Type.ContainingNamespace.IsGlobalNamespace ? string.Empty : home.Type.ContainingNamespace.ToDisplayString());
            }

            foreach (var suggestion in suggestions)
            {
                if (specs.TryGet(suggestion, out var spec) && TryDescribeKeyConstant(spec, callSite, out var constant, out _))
                {
                    properties = properties.Add(FlagDiagnosticProperties.SuggestionConstant(suggestion), constant[FlagDiagnosticProperties.KeyConstant]);
                }
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UndeclaredFlagKey, value.Syntax.GetLocation(), properties, key, hint));
        }

        private static void ReportRetired(SemanticModelAnalysisContext context, Location location, SpecModel spec)
        {
            var advice = spec.Outcome switch
            {
                SpecOutcome.Shipped => "it shipped, so remove the evaluation and keep the enabled path",
                SpecOutcome.RolledBack => "it was rolled back, so remove the evaluation and keep the disabled path",
                _ => "record its Outcome (Shipped or RolledBack), then remove the evaluation and keep the path it chose",
            };
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(FlagDiagnosticProperties.Key, spec.Key)
                .Add(FlagDiagnosticProperties.Outcome, spec.Outcome.ToString());
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.RetiredFlagEvaluated, location, properties, spec.DisplayName, advice));
        }

        private void ReportNonConstantKey(SemanticModelAnalysisContext context, ISymbol? callSite, IOperation value)
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            var advice = "pass a spec's Key constant";
            if (value is IParameterReferenceOperation { Parameter: { } parameter })
            {
                // A wrapper forwarding its own key: its callers are what to check.
                if (parameter.ContainingSymbol is IMethodSymbol wrapper
                    && _methods.TryGetKeyParameter(wrapper, out var wrapperKey)
                    && wrapperKey == parameter.Ordinal)
                {
                    return;
                }

                advice = "pass a spec's Key constant, or name this method in spec_analyzers.evaluation_methods so that its callers are checked";
            }
            else if (TryGetInitializerKey(value, context.CancellationToken) is { } likelyKey
                && _specs.TryGet(likelyKey, context.CancellationToken, out var spec)
                && TryDescribeKeyConstant(spec, callSite, out properties, out var display))
            {
                _evaluatedKeys?.TryAdd(likelyKey, 0);
                advice = "pass " + display;
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NonConstantFlagKey, value.Syntax.GetLocation(), properties, value.Syntax.ToString(), advice));
        }

        /// <summary>The spec's key constant, when it holds the spec's key and the call site can see it.</summary>
        private bool TryDescribeKeyConstant(
            SpecModel spec,
            ISymbol? callSite,
            out ImmutableDictionary<string, string?> properties,
            out string display)
        {
            properties = ImmutableDictionary<string, string?>.Empty;
            display = string.Empty;
            if (spec.KeyConstant is not { } constant
                || spec.KeyConstantValue != spec.Key
                || !_compilation.IsSymbolAccessibleWithin(constant, callSite?.ContainingType ?? (ISymbol)_compilation.Assembly))
            {
                return false;
            }

            // Described once per spec: a code base may evaluate one flag in hundreds of places.
            var description = _keyConstants.GetOrAdd(spec, DescribeKeyConstant);
            properties = description.Properties;
            display = description.Display;
            return true;
        }

        private static KeyConstantDescription DescribeKeyConstant(SpecModel spec)
        {
            var constant = spec.KeyConstant!;
            var display = constant.ToDisplayString(KeyConstantDisplayFormat);
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(FlagDiagnosticProperties.KeyConstant, constant.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + constant.Name)
                .Add(FlagDiagnosticProperties.KeyConstantDisplay, display);
            return new KeyConstantDescription(properties, display);
        }

        /// <summary>
        /// A constant key: a string, or an enum member (<c>[FeatureGate(Features.Beta)]</c> evaluates <c>"Beta"</c>).
        /// <paramref name="key"/> is null for a constant null, which the flag library rejects at run time.
        /// </summary>
        private static bool TryGetConstantKey(IOperation value, out string? key)
        {
            key = null;
            while (value is IConversionOperation { IsImplicit: true } conversion)
            {
                value = conversion.Operand;
            }

            if (!value.ConstantValue.HasValue)
            {
                return false;
            }

            key = value.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
                ? EnumMemberName(value, enumType)
                : value.ConstantValue.Value as string;
            return true;
        }

        private static string? EnumMemberName(IOperation value, INamedTypeSymbol enumType)
        {
            if (value is IFieldReferenceOperation { Field: { } field })
            {
                return field.Name;
            }

            foreach (var member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } candidate && Equals(candidate.ConstantValue, value.ConstantValue.Value))
                {
                    return candidate.Name;
                }
            }

            return null;
        }

        /// <summary>The literal a <c>static readonly</c> key field is initialised with, read from its declaration.</summary>
        private static string? TryGetInitializerKey(IOperation value, System.Threading.CancellationToken cancellationToken)
        {
            if (value is not IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field })
            {
                return null;
            }

            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal }
                    && literal.Token.Value is string key)
                {
                    return key;
                }
            }

            return null;
        }

        /// <summary>The call <paramref name="name"/> names the method of: <c>IsEnabledAsync</c> of <c>features?.IsEnabledAsync(…)</c>.</summary>
        private static InvocationExpressionSyntax? InvocationNamed(SyntaxToken name) =>
            WrittenName(name) is { Parent: InvocationExpressionSyntax call } written && call.Expression == written ? call : null;

        /// <summary>The attribute <paramref name="name"/> ends the name of: <c>FeatureGate</c> of <c>[Mvc.FeatureGate(…)]</c>.</summary>
        private static AttributeSyntax? AttributeNamed(SyntaxToken name) =>
            WrittenName(name) is { Parent: AttributeSyntax attribute } written && attribute.Name == written ? attribute : null;

        /// <summary>The whole name that ends with <paramref name="name"/>: <c>features.IsEnabledAsync</c>, <c>.IsEnabledAsync</c>, <c>Mvc.FeatureGate</c>.</summary>
        private static SyntaxNode? WrittenName(SyntaxToken name)
        {
            if (name.Parent is not SimpleNameSyntax simple)
            {
                return null;
            }

            return simple.Parent switch
            {
                MemberAccessExpressionSyntax access when access.Name == simple => access,
                MemberBindingExpressionSyntax binding when binding.Name == simple => binding,
                QualifiedNameSyntax qualified when qualified.Right == simple => qualified,
                AliasQualifiedNameSyntax aliasQualified when aliasQualified.Name == simple => aliasQualified,
                _ => simple,
            };
        }

        /// <summary>
        /// The member, lambda or type the code belongs to, for accessibility, <c>[GeneratedCode]</c> and SPEC204's
        /// "outside the spec": an attribute belongs to the declaration it is written on.
        /// </summary>
        private static ISymbol? EnclosingSymbol(SemanticModel semanticModel, SyntaxNode node, CancellationToken cancellationToken) =>
            node.FirstAncestorOrSelf<AttributeListSyntax>()?.Parent is { } attributed && semanticModel.GetDeclaredSymbol(attributed, cancellationToken) is { } declared
                ? declared
                : semanticModel.GetEnclosingSymbol(node.SpanStart, cancellationToken);

        private static bool IsWithin(ISymbol? symbol, INamedTypeSymbol type)
        {
            for (; symbol is not null; symbol = symbol.ContainingSymbol)
            {
                if (SymbolEqualityComparer.Default.Equals(symbol, type))
                {
                    return true;
                }
            }

            return false;
        }

        private static string[] Quote(ImmutableArray<string> keys)
        {
            var quoted = new string[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                quoted[i] = "'" + keys[i] + "'";
            }

            return quoted;
        }

        private sealed class KeyConstantDescription
        {
            public KeyConstantDescription(ImmutableDictionary<string, string?> properties, string display)
            {
                Properties = properties;
                Display = display;
            }

            /// <summary>The diagnostic properties that tell the fix which constant to write.</summary>
            public ImmutableDictionary<string, string?> Properties { get; }

            /// <summary>The constant as a user writes it: <c>LyricsCardShare.Key</c>.</summary>
            public string Display { get; }
        }
    }
}

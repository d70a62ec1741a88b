using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Model;
using SpecAnalyzers.Rules;
using SpecAnalyzers.Specs;
using SpecAnalyzers.SyntaxFilter;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// Finds the flag evaluations of one compilation, file by file, and hands each key to the rules of
    /// <see cref="RuleCatalog.PerEvaluation"/>; while SPEC204 is on, records the keys evaluated for the rules of
    /// <see cref="RuleCatalog.AfterEvaluations"/>.
    /// </summary>
    internal sealed class FlagEvaluationFinder
    {
        private readonly CompilationSpecs _specs;
        private readonly EvaluationMethodCatalog _methods;
        private readonly KeyConstants _keyConstants;
        private readonly ReadOnce<FlagConfiguration> _configuration;
        private readonly AttributeNameFilter _featureGateNames;

        /// <summary>
        /// Null while SPEC204 records keys, which needs every call bound, when a key can be a call's receiver, or while the
        /// compilation declares no spec: then every key a call passes is undeclared, and no call is quiet.
        /// </summary>
        private readonly QuietCalls? _quietCalls;

        /// <summary>Keys some code evaluates; only kept while SPEC204 is on.</summary>
        private readonly EvaluatedKeys? _evaluatedKeys;

        /// <summary>While the compilation declares no spec: the undeclared keys, for one summary (see <see cref="UndeclaredKeys"/>).</summary>
        private readonly UndeclaredKeys? _adoption;

        public FlagEvaluationFinder(Compilation compilation, AnalyzerOptions options, CompilationSpecs specs, EvaluationMethodCatalog methods, bool tracksEvaluatedKeys, bool declaresNoSpec)
        {
            _configuration = new(cancellationToken => FlagConfiguration.Load(options, cancellationToken));
            _specs = specs;
            _adoption = declaresNoSpec ? new UndeclaredKeys() : null;
            _methods = methods;
            _keyConstants = new KeyConstants(compilation);
            _featureGateNames = new AttributeNameFilter(compilation, "FeatureGate");
            _evaluatedKeys = tracksEvaluatedKeys ? new EvaluatedKeys() : null;
            _quietCalls = tracksEvaluatedKeys || methods.TakesKeyFromReceiver || declaresNoSpec ? null : new QuietCalls(specs);
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
            var calls = new List<SimpleNameSyntax>();
            foreach (var name in _methods.MethodNames)
            {
                calls.AddRange(search.Find(name, cancellationToken));
            }

            var attributes = new List<SimpleNameSyntax>();
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
                if (name is IdentifierNameSyntax reference)
                {
                    RecordKeyConstantReference(context, reference);
                }
            }
        }

        /// <summary>
        /// A Razor view's <c>&lt;feature name="…"&gt;</c> tags (<see cref="RazorFeatureTags"/>): keys compared ignoring case, as
        /// Microsoft.FeatureManagement does; findings sit on the name in the view.
        /// </summary>
        public void AnalyzeRazorView(AdditionalFileAnalysisContext context)
        {
            var file = context.AdditionalFile;
            var cancellationToken = context.CancellationToken;
            if (!RazorFeatureTags.IsRazorView(file.Path) || file.GetText(cancellationToken) is not { } text)
            {
                return;
            }

            foreach (var name in RazorFeatureTags.Find(text, cancellationToken))
            {
                _specs.TryGet(name.Key, ignoreCase: true, cancellationToken, out var spec);
                _evaluatedKeys?.Add(spec?.Key ?? name.Key);
                var location = Location.Create(file.Path, name.Span, text.Lines.GetLinePositionSpan(name.Span));
                var evaluation = new FlagEvaluation(
                    location,
                    name.Key,
                    IsLiteral: false,
                    IsParameter: false,
                    Call: null,
                    CallSite: null,
                    IsConstant: true,
                    name.Key,
                    IgnoresCase: true,
                    spec,
                    ForwardsWrapperKey: false,
                    LikelySpec: null);
                RunRules(context.ReportDiagnostic, evaluation, cancellationToken);
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
                || !_methods.TryGetKeyParameter(invocation.TargetMethod, out var keyParameter))
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal != keyParameter.Ordinal || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                if (argument.ArgumentKind == ArgumentKind.ParamArray)
                {
                    AnalyzeKeys(context, callSite, argument.Value, keyParameter.IgnoresCase);
                }
                else
                {
                    AnalyzeKey(context, callSite, argument.Value, invocation.Syntax, keyParameter.IgnoresCase);
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
                    // Microsoft.FeatureManagement compares feature names ignoring case.
                    AnalyzeKeys(context, callSite, argument.Value, ignoresCase: true);
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
                _evaluatedKeys?.Add(key);
            }
        }

        /// <summary>Whether the rules after the evaluations have anything to do: SPEC204 is on, or the compilation declares no spec.</summary>
        public bool HasCompilationEndWork => _evaluatedKeys is not null || _adoption is not null;

        /// <summary>Runs the rules that need every evaluated key, once every file has been searched.</summary>
        public void AnalyzeEvaluatedKeys(CompilationAnalysisContext context)
        {
            var ruleContext = new CompilationRuleContext(_specs, _evaluatedKeys, _adoption, context.Options, context.ReportDiagnostic, context.CancellationToken, _configuration);
            foreach (var rule in RuleCatalog.AfterEvaluations)
            {
                rule.Analyze(ruleContext);
            }
        }

        private void AnalyzeKeys(SemanticModelAnalysisContext context, ISymbol? callSite, IOperation keys, bool ignoresCase)
        {
            if (keys is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var element in initializer.ElementValues)
                {
                    AnalyzeKey(context, callSite, element, call: null, ignoresCase);
                }
            }
        }

        /// <param name="call">The call that evaluates this key alone; null when a call names several.</param>
        private void AnalyzeKey(SemanticModelAnalysisContext context, ISymbol? callSite, IOperation value, SyntaxNode? call, bool ignoresCase)
        {
            if (value is IInvalidOperation || value.Type is { TypeKind: TypeKind.Error })
            {
                return;
            }

            var cancellationToken = context.CancellationToken;
            FlagEvaluation evaluation;
            if (TryGetConstantKey(value, out var key))
            {
                if (key is null)
                {
                    return;
                }

                _specs.TryGet(key, ignoresCase, cancellationToken, out var spec);
                _evaluatedKeys?.Add(spec?.Key ?? key);
                evaluation = Evaluation(value, call, callSite, isConstant: true, key, ignoresCase, spec, forwardsWrapperKey: false, likelySpec: null);
            }
            else
            {
                var likelySpec = value is IParameterReferenceOperation ? null : LikelySpec(value, callSite, cancellationToken);
                evaluation = Evaluation(value, call, callSite, isConstant: false, key: null, ignoresCase, spec: null, ForwardsWrapperKey(value), likelySpec);
            }

            RunRules(context.ReportDiagnostic, evaluation, cancellationToken);
        }

        private static FlagEvaluation Evaluation(
            IOperation value,
            SyntaxNode? call,
            ISymbol? callSite,
            bool isConstant,
            string? key,
            bool ignoresCase,
            SpecModel? spec,
            bool forwardsWrapperKey,
            SpecModel? likelySpec) =>
            new(
                value.Syntax.GetLocation(),
                value.Syntax.ToString(),
                IsLiteral: value is ILiteralOperation,
                IsParameter: value is IParameterReferenceOperation,
                call,
                callSite,
                isConstant,
                key,
                ignoresCase,
                spec,
                forwardsWrapperKey,
                likelySpec);

        private void RunRules(System.Action<Diagnostic> report, FlagEvaluation evaluation, CancellationToken cancellationToken)
        {
            var ruleContext = new EvaluationRuleContext(evaluation, _specs, _keyConstants, _configuration, _adoption, report, cancellationToken);
            foreach (var rule in RuleCatalog.PerEvaluation)
            {
                rule.Analyze(ruleContext);
            }
        }

        /// <summary>A wrapper forwarding its own key parameter: its callers are what to check.</summary>
        private bool ForwardsWrapperKey(IOperation value) =>
            value is IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol wrapper } parameter }
            && _methods.TryGetKeyParameter(wrapper, out var wrapperKey)
            && wrapperKey.Ordinal == parameter.Ordinal;

        /// <summary>
        /// The spec of the key a <c>static readonly</c> field's initializer writes, when the call site can use that spec's
        /// constant instead; such a key counts as evaluated for SPEC204.
        /// </summary>
        private SpecModel? LikelySpec(IOperation value, ISymbol? callSite, CancellationToken cancellationToken)
        {
            if (TryGetInitializerKey(value, cancellationToken) is not { } likelyKey
                || !_specs.TryGet(likelyKey, cancellationToken, out var spec)
                || !_keyConstants.TryGet(spec, callSite, out _))
            {
                return null;
            }

            _evaluatedKeys?.Add(likelyKey);
            return spec;
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
        private static InvocationExpressionSyntax? InvocationNamed(SimpleNameSyntax name) =>
            WrittenName(name) is { Parent: InvocationExpressionSyntax call } written && call.Expression == written ? call : null;

        /// <summary>The attribute <paramref name="name"/> ends the name of: <c>FeatureGate</c> of <c>[Mvc.FeatureGate(…)]</c>.</summary>
        private static AttributeSyntax? AttributeNamed(SimpleNameSyntax name) =>
            WrittenName(name) is { Parent: AttributeSyntax attribute } written && attribute.Name == written ? attribute : null;

        /// <summary>The whole name that ends with <paramref name="name"/>: <c>features.IsEnabledAsync</c>, <c>.IsEnabledAsync</c>, <c>Mvc.FeatureGate</c>.</summary>
        private static SyntaxNode WrittenName(SimpleNameSyntax simple) =>
            simple.Parent switch
            {
                MemberAccessExpressionSyntax access when access.Name == simple => access,
                MemberBindingExpressionSyntax binding when binding.Name == simple => binding,
                QualifiedNameSyntax qualified when qualified.Right == simple => qualified,
                AliasQualifiedNameSyntax aliasQualified when aliasQualified.Name == simple => aliasQualified,
                _ => simple,
            };

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
    }
}

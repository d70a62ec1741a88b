using System;
using System.IO;
using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Catalog.Reading
{
    /// <summary>
    /// Finds where a spec type is declared, from the assembly's portable PDB (beside it or embedded): the files come from
    /// the sequence points of the type's methods, or, for a type without method bodies (most specs), from the
    /// type-definition-documents record the compiler writes for such types. Of a partial type's files the first (in
    /// ordinal order) that mentions <c>FeatureFlag</c> or <c>Experiment</c> is taken. The line is that of the type's
    /// declaration (<c>class Name</c> / <c>record Name</c>), found in the source file when it is on disk, else that of
    /// the first sequence point, else none. No PDB, a Windows PDB, or one that cannot be read: no location.
    /// </summary>
    internal sealed class SourceLocator : IDisposable
    {
        /// <summary>Roslyn's TypeDefinitionDocuments custom debug information: the documents of a type with no method bodies.</summary>
        private static readonly Guid TypeDefinitionDocuments = new("932E74BC-DBA9-4478-8D46-0F32A7BAB3D3");

        private readonly MetadataReaderProvider? _provider;
        private readonly MetadataReader? _pdb;
        private readonly string _sourceRoot;
        private readonly Dictionary<string, SourceFile?> _files = new(StringComparer.Ordinal);

        private SourceLocator(MetadataReaderProvider? provider, string sourceRoot)
        {
            _provider = provider;
            _pdb = provider?.GetMetadataReader();
            _sourceRoot = NormalizeRoot(sourceRoot);
        }

        public static SourceLocator Open(PEReader assembly, string assemblyPath, string sourceRoot)
        {
            MetadataReaderProvider? provider = null;
            try
            {
                assembly.TryOpenAssociatedPortablePdb(
                    assemblyPath,
                    path => File.Exists(path) ? File.OpenRead(path) : null,
                    out provider,
                    out _);
            }
            catch (Exception exception) when (exception is BadImageFormatException or IOException or UnauthorizedAccessException)
            {
                provider = null;
            }

            return new SourceLocator(provider, sourceRoot);
        }

        public SourceLocation? Locate(MetadataReader assembly, TypeDefinitionHandle type)
        {
            if (_pdb is null)
            {
                return null;
            }

            try
            {
                var documents = new SortedDictionary<string, int?>(StringComparer.Ordinal);
                AddSequencePoints(assembly, type, documents);
                if (documents.Count == 0)
                {
                    AddTypeDocuments(type, documents);
                }

                if (documents.Count == 0)
                {
                    return null;
                }

                var name = assembly.GetString(assembly.GetTypeDefinition(type).Name);
                var arity = name.IndexOf('`');
                name = arity < 0 ? name : name.Substring(0, arity);
                var files = documents.Select(document => (Path: document.Key, PointLine: document.Value, Source: Read(document.Key))).ToList();
                var chosen = files.FirstOrDefault(file => file.Source?.MentionsSpec == true);
                if (chosen.Path is null)
                {
                    chosen = files[0];
                }

                return new SourceLocation(RelativePath(_sourceRoot, chosen.Path), chosen.Source?.DeclarationLine(name) ?? chosen.PointLine);
            }
            catch (BadImageFormatException)
            {
                return null;
            }
        }

        public void Dispose() => _provider?.Dispose();

        private void AddSequencePoints(MetadataReader assembly, TypeDefinitionHandle type, SortedDictionary<string, int?> documents)
        {
            foreach (var method in assembly.GetTypeDefinition(type).GetMethods())
            {
                foreach (var point in _pdb!.GetMethodDebugInformation(method.ToDebugInformationHandle()).GetSequencePoints())
                {
                    if (point.IsHidden || point.Document.IsNil)
                    {
                        continue;
                    }

                    var path = DocumentPath(point.Document);
                    if (!documents.TryGetValue(path, out var line) || line is null || point.StartLine < line)
                    {
                        documents[path] = point.StartLine;
                    }
                }
            }
        }

        private void AddTypeDocuments(TypeDefinitionHandle type, SortedDictionary<string, int?> documents)
        {
            foreach (var handle in _pdb!.GetCustomDebugInformation(type))
            {
                var information = _pdb.GetCustomDebugInformation(handle);
                if (_pdb.GetGuid(information.Kind) != TypeDefinitionDocuments)
                {
                    continue;
                }

                var blob = _pdb.GetBlobReader(information.Value);
                while (blob.RemainingBytes > 0)
                {
                    documents[DocumentPath(MetadataTokens.DocumentHandle(blob.ReadCompressedInteger()))] = null;
                }
            }
        }

        /// <summary>The source file, read once per assembly; null when it is not on disk (built elsewhere, or a mapped path).</summary>
        private SourceFile? Read(string path)
        {
            if (!_files.TryGetValue(path, out var file))
            {
                try
                {
                    file = File.Exists(path) ? new SourceFile(File.ReadAllText(path)) : null;
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    file = null;
                }

                _files[path] = file;
            }

            return file;
        }

        /// <summary>
        /// A source file's text, searched for a type's declaration (<c>class</c>, <c>record</c> or <c>struct</c>, then
        /// the name) with ordinal <see cref="string.IndexOf(string, int, StringComparison)"/>: files of thousands of
        /// lines are searched for every spec of a large product, so no line splitting and no regular expressions.
        /// </summary>
        private sealed class SourceFile
        {
            private static readonly string[] Keywords = { "class", "record", "struct" };

            private readonly string _text;

            public SourceFile(string text)
            {
                _text = text;
                MentionsSpec = text.IndexOf("FeatureFlag", StringComparison.Ordinal) >= 0 || text.IndexOf("Experiment", StringComparison.Ordinal) >= 0;
            }

            public bool MentionsSpec { get; }

            public int? DeclarationLine(string name)
            {
                for (var at = _text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                {
                    var end = at + name.Length;
                    if ((end < _text.Length && IsIdentifierCharacter(_text[end])) || (at > 0 && IsIdentifierCharacter(_text[at - 1])) || !FollowsKeyword(at))
                    {
                        continue;
                    }

                    var line = 1;
                    for (var newline = _text.IndexOf('\n'); newline >= 0 && newline < at; newline = _text.IndexOf('\n', newline + 1))
                    {
                        line++;
                    }

                    return line;
                }

                return null;
            }

            /// <summary>Whether the name at <paramref name="nameStart"/> follows a type keyword and white space.</summary>
            private bool FollowsKeyword(int nameStart)
            {
                var end = nameStart;
                while (end > 0 && char.IsWhiteSpace(_text[end - 1]))
                {
                    end--;
                }

                if (end == nameStart)
                {
                    return false;
                }

                foreach (var keyword in Keywords)
                {
                    var start = end - keyword.Length;
                    if (start >= 0 && string.CompareOrdinal(_text, start, keyword, 0, keyword.Length) == 0 && (start == 0 || !IsIdentifierCharacter(_text[start - 1])))
                    {
                        return true;
                    }
                }

                return false;
            }

            private static bool IsIdentifierCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';
        }

        private string DocumentPath(DocumentHandle document) => _pdb!.GetString(_pdb.GetDocument(document).Name);

        /// <summary>
        /// <paramref name="path"/> relative to <paramref name="root"/> (climbing with <c>../</c> when it lies beside it), with
        /// forward slashes, so the same checkout gives the same text wherever it is cloned. A path mapped by
        /// <c>PathMap</c> / <c>ContinuousIntegrationBuild</c> (<c>/_/src/…</c>) is already the same everywhere: kept.
        /// </summary>
        internal static string RelativePath(string root, string path)
        {
            var target = path.Replace('\\', '/');
            if (root.Length == 0 || target.StartsWith("/_", StringComparison.Ordinal) || !IsRooted(target))
            {
                return target;
            }

            var rootSegments = root.TrimEnd('/').Split('/');
            var targetSegments = target.Split('/');
            var common = 0;
            while (common < rootSegments.Length && common < targetSegments.Length - 1
                && string.Equals(rootSegments[common], targetSegments[common], StringComparison.OrdinalIgnoreCase))
            {
                common++;
            }

            // Nothing in common but the drive or the file system root: the absolute path says more than a climb to it.
            if (common <= 1)
            {
                return target;
            }

            var climbs = Enumerable.Repeat("..", rootSegments.Length - common);
            return string.Join("/", climbs.Concat(targetSegments.Skip(common)));
        }

        private static bool IsRooted(string path) =>
            path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 2 && path[1] == ':' && path[2] == '/');

        private static string NormalizeRoot(string sourceRoot) => sourceRoot.Replace('\\', '/');
    }
}

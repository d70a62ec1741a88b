using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.Options
{
    /// <summary>
    /// The owners a spec may name (SPEC107), read from the project's AdditionalFiles: a plain owners list
    /// (<c>owners.txt</c> or <c>*.owners</c>: one owner per line, <c>#</c> starts a comment) and GitHub's
    /// <c>CODEOWNERS</c> (the <c>@user</c>, <c>@org/team</c> and e-mail owners after each path pattern). Names
    /// match ignoring case and a leading <c>@</c>; a bare team name also matches the team of an <c>org/team</c>.
    /// </summary>
    internal sealed class OwnersRegistry
    {
        public const string OwnersListFileName = "owners.txt";

        public const string OwnersListExtension = ".owners";

        public const string CodeOwnersFileName = "CODEOWNERS";

        private readonly HashSet<string> _names;

        private OwnersRegistry(HashSet<string> names, string sources)
        {
            _names = names;
            Sources = sources;
        }

        /// <summary>The registry file names, for messages: <c>CODEOWNERS, owners.txt</c>.</summary>
        public string Sources { get; }

        /// <summary>Reads every registry file among <paramref name="files"/>; null when there is none.</summary>
        public static OwnersRegistry? Load(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
        {
            HashSet<string>? names = null;
            var sources = new List<string>();
            foreach (var file in files)
            {
                var fileName = Path.GetFileName(file.Path);
                var isCodeOwners = string.Equals(fileName, CodeOwnersFileName, StringComparison.OrdinalIgnoreCase);
                if (!isCodeOwners
                    && !string.Equals(fileName, OwnersListFileName, StringComparison.OrdinalIgnoreCase)
                    && !fileName.EndsWith(OwnersListExtension, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                names ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                if (!sources.Contains(fileName))
                {
                    sources.Add(fileName);
                }

                var text = file.GetText(cancellationToken);
                if (text is not null)
                {
                    Read(text, isCodeOwners, names);
                }
            }

            // Sorted: the order of AdditionalFiles differs between hosts, messages should not.
            sources.Sort(StringComparer.OrdinalIgnoreCase);
            return names is null ? null : new OwnersRegistry(names, string.Join(", ", sources));
        }

        public bool Contains(string owner) => _names.Contains(Normalize(owner));

        private static void Read(SourceText text, bool isCodeOwners, HashSet<string> names)
        {
            foreach (var line in text.Lines)
            {
                var content = line.ToString();
                var comment = content.IndexOf('#');
                if (comment >= 0)
                {
                    content = content.Substring(0, comment);
                }

                if (isCodeOwners)
                {
                    ReadCodeOwnersLine(content, names);
                }
                else
                {
                    Add(content, names);
                }
            }
        }

        /// <summary>
        /// <c>path/pattern @user @org/team someone@example.com</c>: everything after the pattern is an owner. A
        /// GitLab section header (<c>[Section name] @team</c>, <c>^[Optional][2] @team</c>) is its pattern.
        /// </summary>
        private static void ReadCodeOwnersLine(string content, HashSet<string> names)
        {
            var tokens = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var firstOwner = 1;
            if (tokens.Length > 0 && (tokens[0].StartsWith("[", StringComparison.Ordinal) || tokens[0].StartsWith("^[", StringComparison.Ordinal)))
            {
                firstOwner = Array.FindIndex(tokens, token => token.EndsWith("]", StringComparison.Ordinal)) + 1;
                if (firstOwner == 0)
                {
                    return;
                }
            }

            for (var i = firstOwner; i < tokens.Length; i++)
            {
                Add(tokens[i], names);
            }
        }

        private static void Add(string entry, HashSet<string> names)
        {
            var name = Normalize(entry);
            if (name.Length == 0)
            {
                return;
            }

            names.Add(name);
            var slash = name.LastIndexOf('/');
            if (slash >= 0 && slash < name.Length - 1)
            {
                names.Add(name.Substring(slash + 1));
            }
        }

        private static string Normalize(string owner)
        {
            var name = owner.Trim();
            return name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1).Trim() : name;
        }
    }
}

using System;
using System.Reflection.Metadata;

namespace SpecAnalyzers.Catalog.Reading
{
    /// <summary>
    /// Decodes custom attribute blobs with types as their full names (<c>Namespace.Outer+Inner</c>), the way
    /// <see cref="CustomAttribute.DecodeValue{TType}"/> needs them. A <c>typeof(X)</c> argument decodes to its
    /// serialized name, as the compiler wrote it (<c>Namespace.X</c>, with <c>, Assembly, Version=…</c> when X lives in
    /// another assembly). Every enum the spec attributes take is an <see cref="int"/>; any other enum makes the
    /// attribute unreadable rather than misread.
    /// </summary>
    internal sealed class AttributeTypeNames : ICustomAttributeTypeProvider<string>
    {
        public static readonly AttributeTypeNames Instance = new();

        private const string SystemType = "System.Type";

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => SystemType;

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
            FullName(reader, handle);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var reference = reader.GetTypeReference(handle);
            var name = reader.GetString(reference.Name);
            if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return GetTypeFromReference(reader, (TypeReferenceHandle)reference.ResolutionScope, rawTypeKind) + "+" + name;
            }

            var ns = reader.GetString(reference.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) =>
            type.StartsWith(SpecAttributeNames.Namespace + ".", StringComparison.Ordinal)
                ? PrimitiveTypeCode.Int32
                : throw new BadImageFormatException($"The enum type {type} is not one of SpecAnalyzers'.");

        public bool IsSystemType(string type) => type == SystemType;

        public static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
        {
            var definition = reader.GetTypeDefinition(handle);
            var name = reader.GetString(definition.Name);
            var declaring = definition.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return FullName(reader, declaring) + "+" + name;
            }

            var ns = reader.GetString(definition.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }
    }
}

// Reads a field's selection set to tell whether a reference needs loading at all.
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';

/** A reference's key fields: known from the referencing call log, so selecting them costs nothing. */
const FREE_FIELDS = new Set(['id', 'locationId', '__typename']);

/**
 * True when the query asks nothing of this field's object but its key, `__typename` and `alsoFree` (fields that
 * resolve from the key alone, like `Contact.callLogs`): no need to load the record.
 */
export function selectsOnlyId(info: GraphQLResolveInfo, alsoFree: readonly string[] = []): boolean {
  const free = alsoFree.length === 0 ? FREE_FIELDS : new Set([...FREE_FIELDS, ...alsoFree]);
  return info.fieldNodes.every(
    (node) => node.selectionSet === undefined || onlyFreeFields(node.selectionSet, info, free),
  );
}

function onlyFreeFields(selectionSet: SelectionSetNode, info: GraphQLResolveInfo, free: ReadonlySet<string>): boolean {
  return selectionSet.selections.every((selection) => {
    if (!isIncluded(selection, info)) return true;
    switch (selection.kind) {
      case Kind.FIELD:
        return free.has(selection.name.value);
      case Kind.INLINE_FRAGMENT:
        return onlyFreeFields(selection.selectionSet, info, free);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = info.fragments[selection.name.value];
        return fragment !== undefined && onlyFreeFields(fragment.selectionSet, info, free);
      }
    }
  });
}

/** Honours `@skip` and `@include`, as execution will: a skipped field costs nothing. */
function isIncluded(node: FieldNode | InlineFragmentNode | FragmentSpreadNode, info: GraphQLResolveInfo): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, info.variableValues);
  if (skip?.['if'] === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues);
  return include?.['if'] !== false;
}

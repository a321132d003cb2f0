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

/** True when the query asks nothing of this field's object but its key and `__typename`: no upstream call needed. */
export function selectsOnlyId(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) => node.selectionSet === undefined || onlyFreeFields(node.selectionSet, info));
}

function onlyFreeFields(selectionSet: SelectionSetNode, info: GraphQLResolveInfo): boolean {
  return selectionSet.selections.every((selection) => {
    if (!isIncluded(selection, info)) return true;
    switch (selection.kind) {
      case Kind.FIELD:
        return FREE_FIELDS.has(selection.name.value);
      case Kind.INLINE_FRAGMENT:
        return onlyFreeFields(selection.selectionSet, info);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = info.fragments[selection.name.value];
        return fragment !== undefined && onlyFreeFields(fragment.selectionSet, info);
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

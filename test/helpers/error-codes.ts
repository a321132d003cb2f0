// The codes of a GraphQL response's errors, the part of an error tests compare.

/** Each error's `extensions.code`, in order (none: `[]`); `response` is a parsed GraphQL response body. */
export function codes(
  response: { errors?: readonly { extensions?: Record<string, unknown> }[] } | undefined,
): unknown[] {
  return (response?.errors ?? []).map((error) => error.extensions?.['code']);
}

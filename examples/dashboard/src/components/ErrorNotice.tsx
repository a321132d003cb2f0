// A coded error as a readable message, beside the part of the page it affects.
import type { ReadableError } from '../errors';

export function ErrorNotice({ errors, network }: { errors: ReadableError[]; network?: string | undefined }) {
  if (errors.length === 0 && network === undefined) return null;
  // One message per code: twenty contacts failing the same way say it once.
  const byCode = new Map(errors.map((error) => [error.code, error]));
  return (
    <div className="error" role="alert">
      {network !== undefined && <p data-code="NETWORK">{network}</p>}
      {[...byCode.values()].map((error) => (
        <p key={error.code} data-code={error.code}>
          {error.message} <code>{error.code}</code>
        </p>
      ))}
    </div>
  );
}

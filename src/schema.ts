// Loads the schema from schema/*.graphql, the single source that codegen also reads.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** schema/ sits at the project root: two levels above dist/src/, one above src/. */
function schemaDirectory(): string {
  let directory = path.dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < 4; level++) {
    const candidate = path.join(directory, 'schema');
    if (existsSync(path.join(candidate, 'call-logs.graphql'))) return candidate;
    directory = path.dirname(directory);
  }
  throw new Error("schema/call-logs.graphql not found above the gateway's modules");
}

export function loadTypeDefs(): string {
  const directory = schemaDirectory();
  return readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(directory, file), 'utf8'))
    .join('\n');
}

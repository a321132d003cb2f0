// `npm run schema:print`: writes this subgraph's SDL (federation directives included) for `rover subgraph publish`
// or `rover supergraph compose`. Default file: subgraph.graphql at the project root.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { printSubgraphSchema } from '@apollo/subgraph';
import { format } from 'prettier';

import { buildGatewaySchema, projectDirectory } from './schema.js';

const target = path.resolve(process.argv[2] ?? path.join(projectDirectory(), 'subgraph.graphql'));
// Formatted as the committed file is, so that printing an unchanged schema changes nothing.
writeFileSync(target, await format(printSubgraphSchema(buildGatewaySchema()), { parser: 'graphql', filepath: target }));
console.log(`Subgraph schema written to ${target}`);

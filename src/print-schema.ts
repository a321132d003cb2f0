// `npm run schema:print`: writes this subgraph's SDL (federation directives included) for `rover subgraph publish`
// or `rover supergraph compose`. Default file: subgraph.graphql at the project root.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildGatewaySchema, projectDirectory } from './schema.js';

const target = path.resolve(process.argv[2] ?? path.join(projectDirectory(), 'subgraph.graphql'));
writeFileSync(target, printSubgraphSchema(buildGatewaySchema()));
console.log(`Subgraph schema written to ${target}`);

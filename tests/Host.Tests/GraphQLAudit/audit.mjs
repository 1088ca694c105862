// Runs the graphql-http server audits (GraphQL-over-HTTP conformance) against a running host
// and prints the results as JSON: [{ id, name, status, reason }].
// Usage: node audit.mjs http://127.0.0.1:5080/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql url>');
  process.exit(2);
}

const results = await auditServer({ url });
const report = results.map(({ id, name, status, reason }) => ({ id, name, status, reason: reason ?? null }));
console.log(JSON.stringify(report));

// Usage: node subscribe.mjs <ws-url> <token> <query> <variables-json>
// Subscribes once with graphql-ws and prints one JSON line describing what happened first:
// {"next": payload}, {"error": graphqlErrors}, {"closed": code} or {"complete": true}.
// Prints {"connected": true} once the server acknowledged the connection.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token, query, variables] = process.argv.slice(2);

const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  lazy: true,
  retryAttempts: 0,
  connectionParams: { authorization: `Bearer ${token}` },
  on: { connected: () => print({ connected: true }) },
});

const finish = async (line) => {
  print(line);
  await client.dispose();
  process.exit(0);
};

client.subscribe(
  { query, variables: JSON.parse(variables) },
  {
    next: (payload) => finish({ next: payload }),
    error: (error) => finish(
      Array.isArray(error) ? { error } : { closed: error?.code ?? null, reason: error?.reason ?? String(error) }),
    complete: () => finish({ complete: true }),
  },
);

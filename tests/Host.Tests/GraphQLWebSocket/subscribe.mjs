// Usage: node subscribe.mjs <ws-url> <token> <query> <variables-json> [<count>]
// Subscribes once with graphql-ws and prints a JSON line for each of the first <count> (default 1)
// payloads, {"next": payload}, then stops; or one line when it ends first: {"error": graphqlErrors},
// {"closed": code} or {"complete": true}.
// Prints {"connected": true} once the server acknowledged the connection.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token, query, variables, count] = process.argv.slice(2);
let remaining = Number(count ?? 1);

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
    next: (payload) => (--remaining > 0 ? print({ next: payload }) : finish({ next: payload })),
    error: (error) => finish(
      Array.isArray(error) ? { error } : { closed: error?.code ?? null, reason: error?.reason ?? String(error) }),
    complete: () => finish({ complete: true }),
  },
);

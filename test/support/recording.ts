// A client whose fetch records every request it is asked to send, for assertions made outside the fetch.
import { type ClientOptions, createClient } from '../../src/index.js';
import { minimalOrganization } from './models.js';
import { SECRET_KEY } from './secret.js';

/** One request the client sent: its URL, path, init, and when it left. */
export interface Sent {
  url: string;
  path: string;
  init: RequestInit;
  at: number;
}

/** A client (with the test key) whose fetch records each request and answers `answer(path, n)`, n counting from 1. */
export function recording(
  answer: (path: string, n: number) => Response | Promise<Response> = () => Response.json(minimalOrganization()),
  options: ClientOptions = {},
) {
  const sent: Sent[] = [];
  const client = createClient(SECRET_KEY, {
    ...options,
    fetch: async (url, init) => {
      const path = new URL(url).pathname;
      sent.push({ url, path, init, at: Date.now() });
      return answer(path, sent.length);
    },
  });
  return { client, sent };
}

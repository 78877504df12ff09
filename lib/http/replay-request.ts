/** Handing a request whose body was already read on to Next.js (scripts/web.ts reads some bodies first). */
import { IncomingMessage } from "node:http";

/** A request Next can read like the original: same socket, headers and URL, the body already in it. */
export function replayRequest(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.httpVersion = original.httpVersion;
  copy.headers = original.headers;
  copy.rawHeaders = original.rawHeaders;
  copy.push(body);
  copy.push(null);
  // Whole already: without this, Node treats the copy as aborted when it is destroyed after reading, and closes the socket.
  copy.complete = true;
  return copy;
}

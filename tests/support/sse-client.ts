/** A minimal Server-Sent Events reader over fetch, for tests that need to drop and resume a stream. */
export interface SseEvent {
  id?: string;
  event: string;
  data: string;
}

export function readEvents(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const events: SseEvent[] = [];
  const waiters: (() => void)[] = [];
  const done = (async () => {
    const response = await fetch(url, { headers, signal: controller.signal });
    if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      const reader = response.body.getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        buffer += decoder.decode(next.value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: SseEvent = { event: "message", data: "" };
          let hasData = false;
          for (const line of block.split("\n")) {
            if (line.startsWith("id: ")) event.id = line.slice(4);
            else if (line.startsWith("event: ")) event.event = line.slice(7);
            else if (line.startsWith("data: ")) {
              event.data += line.slice(6);
              hasData = true;
            }
          }
          if (hasData) events.push(event);
          waiters.splice(0).forEach((wake) => wake());
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    }
  })();
  return {
    events,
    messages: () => events.filter((e) => e.event === "message"),
    /** Resolves once `count` message events have arrived. */
    async untilMessages(count: number, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (events.filter((e) => e.event === "message").length < count) {
        if (Date.now() > deadline) throw new Error(`only ${events.filter((e) => e.event === "message").length} of ${count} messages arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    /** Resolves true when the server ends the stream within `timeoutMs`, false otherwise. */
    async endsWithin(timeoutMs: number): Promise<boolean> {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const ended = await Promise.race([
        done.then(() => !controller.signal.aborted),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
      ]);
      clearTimeout(timer);
      return ended;
    },
    close() {
      controller.abort();
      return done.catch(() => undefined);
    },
  };
}

/**
 * Each web process listens on the chat channel over one Postgres connection of its own and fans the
 * signals out to its open streams. A lost connection is re-made; streams are then told to re-read
 * from their last id, so a notification missed meanwhile loses nothing.
 */
import pg from "pg";
import { env } from "@/lib/env";
import { CHAT_CHANNEL, ZChatSignal, type ChatSignal } from "./chat-events";

export type HubSignal = ChatSignal | { k: "resync" };
type Listener = (signal: HubSignal) => void;

const HEARTBEAT_MS = 20_000;

class ChatHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly beats = new Set<() => void>();
  private beating: ReturnType<typeof setInterval> | null = null;
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;

  /** Resolves once this process is listening, so nothing committed after it can be missed. */
  async subscribe(conversationId: string, listener: Listener): Promise<() => void> {
    let set = this.listeners.get(conversationId);
    if (!set) this.listeners.set(conversationId, (set = new Set()));
    set.add(listener);
    await this.connect();
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(conversationId);
    };
  }

  /** One timer for every stream of the process: idle proxies keep a connection that hears something every 20 s. */
  onHeartbeat(beat: () => void): () => void {
    this.beats.add(beat);
    this.beating ??= setInterval(() => this.beats.forEach((b) => b()), HEARTBEAT_MS);
    return () => {
      this.beats.delete(beat);
      if (this.beats.size === 0 && this.beating) {
        clearInterval(this.beating);
        this.beating = null;
      }
    };
  }

  get streams(): number {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  private connect(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: env().DATABASE_URL });
      client.on("notification", (message) => this.dispatch(message.payload));
      client.on("error", () => this.lost(client));
      client.on("end", () => this.lost(client));
      try {
        await client.connect();
        await client.query(`LISTEN ${CHAT_CHANNEL}`);
        this.client = client;
      } finally {
        this.connecting = null;
      }
    })();
    return this.connecting;
  }

  private lost(client: pg.Client) {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    const retry = () => {
      if (this.listeners.size === 0) return;
      this.connect().then(
        () => this.broadcast({ k: "resync" }),
        () => setTimeout(retry, 1_000),
      );
    };
    setTimeout(retry, 250);
  }

  private dispatch(payload: string | undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload ?? "");
    } catch {
      return;
    }
    const signal = ZChatSignal.safeParse(parsed);
    if (!signal.success) return;
    if (signal.data.k === "x") return this.broadcast(signal.data);
    for (const listener of this.listeners.get(signal.data.c) ?? []) listener(signal.data);
  }

  private broadcast(signal: HubSignal) {
    for (const set of this.listeners.values()) for (const listener of set) listener(signal);
  }
}

const globalForHub = globalThis as unknown as { harborChatHub?: ChatHub };

export function chatHub(): ChatHub {
  globalForHub.harborChatHub ??= new ChatHub();
  return globalForHub.harborChatHub;
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small OpenAI-compatible HTTP server for tests. Each route answers from a queue of recorded
 * replies given by the test (then from a default reply, else a 500 that names the missing
 * recording), and every request received is recorded so tests can assert on what was sent.
 */

export type FakeRoute = '/v1/chat/completions' | '/v1/audio/transcriptions' | '/v1/audio/speech';

export interface FakeReply {
  status?: number;
  /** A string or Buffer is sent as is (hostile bodies); anything else is sent as JSON. */
  body: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering (to exceed client timeouts). */
  delayMs?: number;
}

export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** Parsed JSON body, when the request was JSON. */
  json?: unknown;
  /** Parsed parts, when the request was multipart/form-data. */
  parts?: MultipartPart[];
}

export class FakeOpenAi {
  readonly requests: RecordedRequest[] = [];
  private readonly queues = new Map<string, FakeReply[]>();
  private readonly defaults = new Map<string, FakeReply>();
  private readonly responders = new Map<string, (request: RecordedRequest) => FakeReply>();
  private readonly pendingTimers = new Set<NodeJS.Timeout>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(): Promise<FakeOpenAi> {
    const holder: { fake?: FakeOpenAi } = {};
    const server = createServer((req, res) => {
      void holder.fake?.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.fake = new FakeOpenAi(server, (server.address() as AddressInfo).port);
    return holder.fake;
  }

  /** Base URL as the openai SDK expects it (`…/v1`). */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  /** Queue replies for a route, answered in order, one per request. */
  enqueue(route: FakeRoute, ...replies: FakeReply[]): this {
    const queue = this.queues.get(route) ?? [];
    queue.push(...replies);
    this.queues.set(route, queue);
    return this;
  }

  /** Reply used for a route once its queue is empty. */
  setDefault(route: FakeRoute, reply: FakeReply): this {
    this.defaults.set(route, reply);
    return this;
  }

  /** Computes the reply from the request once the route's queue is empty (before any default). */
  setResponder(route: FakeRoute, responder: (request: RecordedRequest) => FakeReply): this {
    this.responders.set(route, responder);
    return this;
  }

  requestsTo(route: FakeRoute): RecordedRequest[] {
    return this.requests.filter((r) => r.path === route);
  }

  reset(): void {
    this.requests.length = 0;
    this.queues.clear();
    this.defaults.clear();
    this.responders.clear();
  }

  async close(): Promise<void> {
    for (const timer of this.pendingTimers) clearTimeout(timer);
    this.pendingTimers.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const path = (req.url ?? '/').split('?')[0];
    const contentType = req.headers['content-type'] ?? '';
    const recorded: RecordedRequest = { method: req.method ?? 'GET', path, headers: req.headers, body };
    if (contentType.startsWith('application/json')) {
      try {
        recorded.json = JSON.parse(body.toString('utf8'));
      } catch {
        // Recorded as raw body only.
      }
    } else if (contentType.startsWith('multipart/form-data')) {
      recorded.parts = parseMultipart(body, contentType);
    }
    this.requests.push(recorded);

    const reply =
      this.queues.get(path)?.shift() ?? this.responders.get(path)?.(recorded) ?? this.defaults.get(path);
    if (!reply) {
      send(res, { status: 500, body: { error: { message: `fake-openai: no recorded reply for ${path}` } } });
      return;
    }
    if (reply.delayMs) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.pendingTimers.delete(timer);
          resolve();
        }, reply.delayMs);
        this.pendingTimers.add(timer);
      });
      if (res.destroyed || req.socket.destroyed) return;
    }
    send(res, reply);
  }
}

function send(res: ServerResponse, reply: FakeReply): void {
  const raw = typeof reply.body === 'string' || Buffer.isBuffer(reply.body);
  const payload = raw ? (reply.body as string | Buffer) : JSON.stringify(reply.body);
  res.writeHead(reply.status ?? 200, {
    'content-type': reply.contentType ?? (raw ? 'text/plain' : 'application/json'),
    ...reply.headers,
  });
  res.end(payload);
}

/** Minimal multipart/form-data parser (whole body in memory; test inputs are small). */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!match) return [];
  const delimiter = Buffer.from(`--${match[1] ?? match[2]}`);
  const parts: MultipartPart[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    // Skip the CRLF after the delimiter; the part ends with CRLF before the next delimiter.
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '';
      const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim();
      parts.push({ name, filename, contentType: type, data: Buffer.from(part.subarray(headerEnd + 4)) });
    }
    start = next;
  }
  return parts;
}

/** A chat completion envelope around one assistant message. */
function completion(
  message: Record<string, unknown>,
  finishReason: 'stop' | 'tool_calls',
  extra: Partial<FakeReply>,
): FakeReply {
  return {
    ...extra,
    body: {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 1_763_900_000,
      model: 'fake-model',
      choices: [
        { index: 0, message: { role: 'assistant', ...message }, finish_reason: finishReason, logprobs: null },
      ],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    },
  };
}

/** Recorded outputs, shaped like the real API's. */
export const replies = {
  /** A chat completion whose message content is `content` (e.g. a JSON string). */
  chat(content: string, extra: Partial<FakeReply> = {}): FakeReply {
    return completion({ content, refusal: null }, 'stop', extra);
  },
  /** A chat completion answering with a forced tool call. */
  toolCall(name: string, args: string, extra: Partial<FakeReply> = {}): FakeReply {
    const toolCalls = [{ id: 'call_1', type: 'function', function: { name, arguments: args } }];
    return completion({ content: null, refusal: null, tool_calls: toolCalls }, 'tool_calls', extra);
  },
  transcription(text: string, extra: Partial<FakeReply> = {}): FakeReply {
    return { ...extra, body: { text } };
  },
  speech(audio: Buffer, contentType = 'audio/mpeg'): FakeReply {
    return { body: audio, contentType };
  },
  error(status: number, message = 'fake error'): FakeReply {
    return { status, body: { error: { message, type: 'server_error', code: null } } };
  },
  /** Not JSON at all, with a JSON content type. */
  garbage(text = '{"choices": [ this is not json'): FakeReply {
    return { body: text, contentType: 'application/json' };
  },
};

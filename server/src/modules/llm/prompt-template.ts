import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A released prompt: `prompts/<purpose>/v<N>.md`, front-matter then `# system` / `# user` sections. */
export interface PromptTemplate {
  purpose: string;
  version: number;
  /** Front-matter values: JSON when they parse as JSON, else the trimmed string. */
  meta: Record<string, unknown>;
  system: string;
  user: string;
}

export interface RenderedPrompt {
  system: string;
  user: string;
  temperature: number;
  maxTokens?: number;
}

export class PromptFormatError extends Error {}

export function parsePromptTemplate(source: string, purpose: string, version: number): PromptTemplate {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (!match) throw new PromptFormatError(`${purpose}/v${version}: missing front-matter`);
  const meta: Record<string, unknown> = {};
  for (const line of match[1].split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon === -1) throw new PromptFormatError(`${purpose}/v${version}: bad front-matter line "${line}"`);
    const raw = line.slice(colon + 1).trim();
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // Plain string value.
    }
    meta[line.slice(0, colon).trim()] = value;
  }
  const sections = new Map<string, string>();
  let current: string | null = null;
  const lines: string[] = [];
  const flush = () => {
    if (current) sections.set(current, lines.join('\n').trim());
    lines.length = 0;
  };
  for (const line of match[2].split(/\r?\n/)) {
    const heading = /^# (system|user)\s*$/.exec(line);
    if (heading) {
      flush();
      current = heading[1];
    } else if (current) {
      lines.push(line);
    }
  }
  flush();
  const system = sections.get('system');
  const user = sections.get('user');
  if (!system || !user)
    throw new PromptFormatError(`${purpose}/v${version}: needs "# system" and "# user" sections`);
  return { purpose, version, meta, system, user };
}

export function loadPromptTemplate(promptsDir: string, purpose: string, version: number): PromptTemplate {
  const source = readFileSync(join(promptsDir, purpose, `v${version}.md`), 'utf8');
  return parsePromptTemplate(source, purpose, version);
}

/**
 * Replaces `{{name}}` placeholders. A placeholder without a value is an error, so a template and
 * its caller cannot drift apart silently. Values are inserted verbatim: callers JSON-encode
 * untrusted text so it stays inside its delimiters.
 */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([a-zA-Z0-9_]+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new PromptFormatError(`missing value for {{${name}}}`);
    return value;
  });
}

export function renderPrompt(template: PromptTemplate, values: Record<string, string>): RenderedPrompt {
  const temperature = typeof template.meta.temperature === 'number' ? template.meta.temperature : 0;
  const maxTokens = typeof template.meta.max_tokens === 'number' ? template.meta.max_tokens : undefined;
  return {
    system: renderTemplate(template.system, values),
    user: renderTemplate(template.user, values),
    temperature,
    maxTokens,
  };
}

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadPromptTemplate,
  parsePromptTemplate,
  PromptFormatError,
  renderPrompt,
  renderTemplate,
} from './prompt-template.js';

describe(renderTemplate.name, () => {
  it('should fill every placeholder when all values are given', () => {
    expect(renderTemplate('A {{x}} B {{ y }}', { x: '1', y: '2' })).toBe('A 1 B 2');
  });

  it('should throw when a placeholder has no value', () => {
    expect(() => renderTemplate('{{missing}}', {})).toThrow(PromptFormatError);
  });

  it('should not expand placeholders that come from a value', () => {
    expect(renderTemplate('{{u}}', { u: '{{u}} {{secret}}' })).toBe('{{u}} {{secret}}');
  });
});

describe(parsePromptTemplate.name, () => {
  it('should read front-matter values and both sections when the file is well formed', () => {
    const t = parsePromptTemplate(
      '---\ntemperature: 0.2\nmodel_hints: ["a"]\n# comment\n---\n# system\nS {{a}}\n\n# user\nU\n',
      'p',
      1,
    );
    expect(t.meta).toEqual({ temperature: 0.2, model_hints: ['a'] });
    expect(renderPrompt(t, { a: 'x' })).toEqual({
      system: 'S x',
      user: 'U',
      temperature: 0.2,
      maxTokens: undefined,
    });
  });

  it('should throw when a section is missing', () => {
    expect(() => parsePromptTemplate('---\na: 1\n---\n# system\nS\n', 'p', 1)).toThrow(/# user/);
  });

  it('should load every released prompt when the prompts folder is read', () => {
    for (const purpose of readdirSync('prompts')) {
      for (const file of readdirSync(join('prompts', purpose)).filter((f) => /^v\d+\.md$/.test(f))) {
        const t = loadPromptTemplate('prompts', purpose, Number(file.slice(1, -3)));
        expect(t.meta.purpose).toBe(purpose);
        expect(typeof t.meta.temperature).toBe('number');
        expect(t.meta.output_schema).toMatchObject({ type: 'object' });
      }
    }
  });
});

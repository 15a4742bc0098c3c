import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileTemplatesToJs,
  instantiateTemplates,
  type LanguageTemplates,
  TemplateCompileError,
} from '../../../src/emit/common/template-compiler.js';
import { handlebarsRenderer } from '../../support/handlebars-reference.js';

/**
 * The template compiler against Handlebars itself: for templates using each construct of the
 * supported subset, both render random views to the same text, or both throw.
 */
function templates(root: string, partials: Record<string, string> = {}): LanguageTemplates {
  return {
    root: { file: 'root.hbs', source: root },
    partials: Object.fromEntries(Object.entries(partials).map(([n, s]) => [n, { file: `${n}.hbs`, source: s }])),
  };
}

function compiled(t: LanguageTemplates): (view: object) => string {
  return instantiateTemplates(compileTemplatesToJs(t));
}

type Outcome = { ok: true; text: string } | { ok: false };
function outcome(render: (view: object) => string, view: object): Outcome {
  try {
    return { ok: true, text: render(view) };
  } catch {
    return { ok: false };
  }
}

const scalar = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('x', '', 'inline', 'object'),
  fc.integer({ min: -2, max: 2 }),
  fc.constantFrom(0, -0, 1.5, Number.NaN),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const leaf = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.record({ b: scalar }, { requiredKeys: [] }));
// `#each` iterates arrays (or nothing); objects are outside the subset (see the test below).
const listish = fc.oneof(scalar, fc.array(leaf, { maxLength: 3 }), fc.array(scalar, { maxLength: 3 }));
const view = fc.record({ a: leaf, b: leaf, list: listish }, { requiredKeys: [] });

const CASES: Record<string, LanguageTemplates> = {
  'a path and a nested path': templates('[{{a}}] [{{b.b}}]'),
  'a block parameter path (not strict)': templates('{{#each list as |x|}}<{{x.b}}>{{/each}}'),
  'if / else if / else with eq': templates('{{#if (eq a "x")}}1{{else if b}}2{{else}}3{{/if}}'),
  'if on arrays, zero and empty strings': templates('{{#if a}}yes{{else}}no{{/if}}{{#unless b}}!{{/unless}}'),
  'each with item, index and else': templates('{{#each list as |x i|}}[{{i}}:{{x}}]{{else}}none{{/each}}'),
  'each with the item as context': templates('{{#each list}}({{this}}){{/each}}'),
  'standalone lines and whitespace control': templates(
    'start\n{{#if a}}\n  line {{a}}\n{{else}}\n  other\n{{/if}}\n  {{~b~}}  \nend {{!-- c --~}}\n',
  ),
  'a partial with hash arguments, standalone and indented': templates(
    'x\n  {{> item node=a other=list}}\n{{#each list as |e|}}\n    {{> item node=e other="lit"}}\n{{/each}}',
    { item: '<{{node}}|{{other}}>\n{{#if node}}{{#each other as |o|}}{{o}}{{/each}}{{/if~}}' },
  ),
  'recursive partials': templates('{{> tree node=list}}', {
    tree: '{{#each node as |n|}}[{{#if (eq n.b 1)}}one{{else}}{{n}}{{/if}}]{{/each}}',
  }),
};

describe('template compiler: same output as Handlebars', () => {
  for (const [name, t] of Object.entries(CASES)) {
    it(name, () => {
      const ours = compiled(t);
      const reference = handlebarsRenderer(t);
      fc.assert(
        fc.property(view, (v) => {
          expect(outcome(ours, v)).toEqual(outcome(reference, v));
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('prints nothing for null and undefined, and numbers, booleans and arrays as strings', () => {
    const t = templates('{{a}}|{{b}}|{{list}}');
    for (const v of [{ a: null, b: undefined, list: [1, 'x'] }, { a: 0, b: false, list: [] }, { a: -0, b: true, list: 'l' }]) {
      expect(compiled(t)(v)).toBe(handlebarsRenderer(t)(v));
    }
    expect(compiled(t)({ a: null, b: undefined, list: [1, 'x'] })).toBe('||1,x');
  });
});

describe('template compiler: strict mode and the subset', () => {
  it('a missing field throws with the template location, as strict Handlebars does', () => {
    const render = compiled(templates('line\n  {{a.b}}'));
    expect(() => render({ a: {} })).toThrow('root.hbs:2:5: "b" not defined in [object Object]');
    expect(() => handlebarsRenderer(templates('{{a.b}}'))({ a: {} })).toThrow('"b" not defined');
  });

  it('#each over an object is outside the subset and says so', () => {
    const render = compiled(templates('{{#each list}}{{this}}{{/each}}'));
    expect(() => render({ list: { k: 1 } })).toThrow('root.hbs:1:1: #each needs an array, not [object Object]');
  });

  const rejected: [string, LanguageTemplates, string][] = [
    ['an unknown helper', templates('x\n{{upper a}}'), 'root.hbs:2:1: unknown helper "upper"'],
    ['@data variables', templates('{{#each list}}{{@index}}{{/each}}'), '@data variables are not supported'],
    ['parent scopes', templates('{{#each list}}{{../a}}{{/each}}'), 'parent scopes (../) are not supported'],
    ['other block helpers', templates('{{#with a}}x{{/with}}'), 'block helper #with is not supported'],
    ['a missing partial', templates('{{> nope node=a}}'), 'there is no partial "nope"'],
    ['a partial without its argument', templates('{{> p}}', { p: '{{node}}' }), 'partial "p" reads "node"'],
    ['a partial with a context argument', templates('{{> p a}}', { p: 'x' }), 'as hash arguments'],
    ['Object.prototype names', templates('{{a.constructor}}'), 'an Object.prototype name'],
    ['a helper without arguments', templates('{{eq}}'), 'helper "eq" needs arguments'],
    ['syntax errors', templates('{{#if a}}'), 'root.hbs: '],
  ];
  for (const [what, t, message] of rejected) {
    it(`rejects ${what} at compile time`, () => {
      expect(() => compileTemplatesToJs(t)).toThrow(TemplateCompileError);
      expect(() => compileTemplatesToJs(t)).toThrow(message);
    });
  }
});

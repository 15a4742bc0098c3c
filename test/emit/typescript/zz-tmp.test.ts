import { it } from 'vitest';
import { buildSnippetView } from '../../../src/emit/typescript/view-model.js';
import { typescriptTarget } from '../../../src/emit/typescript/target.js';
import { SEED_AST, CONTEXT, ast } from './fixtures.js';
it('perf', () => {
  typescriptTarget.emit(SEED_AST, CONTEXT);
  let t = performance.now();
  for (let i = 0; i < 20000; i++) buildSnippetView(SEED_AST, CONTEXT.schema);
  console.log('PERF view', performance.now() - t);
  t = performance.now();
  for (let i = 0; i < 4000; i++) typescriptTarget.emit(SEED_AST, CONTEXT);
  console.log('PERF all', performance.now() - t);
  const small = ast({});
  t = performance.now();
  for (let i = 0; i < 4000; i++) typescriptTarget.emit(small, CONTEXT);
  console.log('PERF small', performance.now() - t);
});

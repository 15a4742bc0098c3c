import { templateTarget } from '../common/template-target.js';
import { buildSnippetView } from './view-model.js';

/** TypeScript snippets for the Kiota Graph SDK (`@microsoft/msgraph-sdk`, `@microsoft/msgraph-beta-sdk`). */
export const typescriptTarget = templateTarget({
  id: 'typescript',
  fenceLanguage: 'typescript',
  outputFolder: 'typescript',
  extension: '.ts',
  buildView: buildSnippetView,
});

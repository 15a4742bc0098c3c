import { templateTarget } from '../common/template-target.js';
import { buildView } from './view-model.js';

/** Python snippets for the Kiota Graph SDKs (`msgraph-sdk`, `msgraph-beta-sdk`). */
export const pythonTarget = templateTarget({
  id: 'python',
  fenceLanguage: 'python',
  outputFolder: 'python',
  extension: '.py',
  buildView,
});

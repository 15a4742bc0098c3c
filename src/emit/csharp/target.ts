import { templateTarget } from '../common/template-target.js';
import { buildCsharpView } from './view-model.js';

/** C# snippets for the Kiota Graph .NET SDK (`Microsoft.Graph`, `Microsoft.Graph.Beta`). */
export const csharpTarget = templateTarget({
  id: 'csharp',
  fenceLanguage: 'csharp',
  outputFolder: 'csharp',
  extension: '.cs',
  buildView: buildCsharpView,
});

import { describe, expect, it } from 'vitest';
import { ImportSet } from '../../../src/emit/typescript/imports.js';

describe('ImportSet', () => {
  it('writes the side-effect import, then the given module, then the others in code-unit order', () => {
    const imports = new ImportSet(new Set());
    imports.use('@microsoft/msgraph-sdk/models', 'User');
    imports.use('@microsoft/kiota-abstractions', 'DateOnly');
    imports.use('@microsoft/msgraph-sdk', 'createGraphServiceClient');
    imports.use('@microsoft/msgraph-sdk/models', 'Message');
    imports.use('@microsoft/msgraph-sdk/models/Security', 'Alert');
    imports.use('@microsoft/msgraph-sdk/models/callRecords', 'Session');
    expect(imports.lines('@microsoft/msgraph-sdk-users', '@microsoft/msgraph-sdk')).toEqual([
      'import "@microsoft/msgraph-sdk-users";',
      'import { createGraphServiceClient } from "@microsoft/msgraph-sdk";',
      'import { DateOnly } from "@microsoft/kiota-abstractions";',
      'import { Message, User } from "@microsoft/msgraph-sdk/models";',
      'import { Alert } from "@microsoft/msgraph-sdk/models/Security";',
      'import { Session } from "@microsoft/msgraph-sdk/models/callRecords";',
    ]);
  });

  it('aliases a name taken by another module or by the snippet, and reuses the alias', () => {
    const imports = new ImportSet(new Set(['result']));
    expect(imports.use('@microsoft/msgraph-sdk/models', 'Alert')).toBe('Alert');
    expect(imports.use('@microsoft/msgraph-sdk/models/security', 'Alert')).toBe('SecurityAlert');
    expect(imports.use('@microsoft/msgraph-sdk/models/security', 'Alert')).toBe('SecurityAlert');
    expect(imports.use('@microsoft/msgraph-sdk/models', 'result')).toBe('Modelsresult');
    expect(imports.lines(null, '@microsoft/msgraph-sdk')).toEqual([
      'import { Alert, result as Modelsresult } from "@microsoft/msgraph-sdk/models";',
      'import { Alert as SecurityAlert } from "@microsoft/msgraph-sdk/models/security";',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { PythonImports, pythonSymbol } from '../../../src/emit/python/imports.js';

describe('PythonImports', () => {
  it('imports each class once, in first-use order, after GraphServiceClient', () => {
    const imports = new PythonImports('msgraph');
    const user = pythonSymbol('msgraph.generated.models.user', 'User');
    expect(imports.symbol(user)).toBe('User');
    expect(imports.symbol(pythonSymbol('msgraph.generated.models.message', 'Message'))).toBe('Message');
    expect(imports.symbol(user)).toBe('User');
    expect(imports.render()).toEqual([
      'from msgraph import GraphServiceClient',
      'from msgraph.generated.models.user import User',
      'from msgraph.generated.models.message import Message',
    ]);
  });

  it('aliases a class whose name is taken by another class or by the snippet', () => {
    const imports = new PythonImports('msgraph');
    expect(imports.symbol(pythonSymbol('msgraph.generated.models.alert', 'Alert'))).toBe('Alert');
    const securityAlert = pythonSymbol('msgraph.generated.models.security.alert', 'Alert', 'SecurityAlert');
    expect(imports.symbol(securityAlert)).toBe('SecurityAlert');
    expect(imports.symbol(securityAlert)).toBe('SecurityAlert');
    // `RequestConfiguration` is the snippet's own import: a model of that name gets an alias.
    const model = pythonSymbol('msgraph.generated.models.request_configuration', 'RequestConfiguration');
    expect(imports.symbol(model)).toBe('RequestConfiguration1');
    expect(imports.symbol(pythonSymbol('msgraph.generated.models.u_u_i_d', 'UUID', 'ModelsUUID'))).toBe('ModelsUUID');
    expect(imports.render()).toEqual([
      'from msgraph import GraphServiceClient',
      'from msgraph.generated.models.alert import Alert',
      'from msgraph.generated.models.security.alert import Alert as SecurityAlert',
      'from msgraph.generated.models.request_configuration import RequestConfiguration as RequestConfiguration1',
      'from msgraph.generated.models.u_u_i_d import UUID as ModelsUUID',
    ]);
  });
});

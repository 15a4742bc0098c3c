/**
 * Runs the seed and feature snippets against the real, pinned msgraph SDKs through the
 * project's verification worker (verify/python/worker.py), which records the request each
 * snippet would send. Skipped where `scripts/setup-python.sh` has not installed `.venv/`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonTarget } from '../../../src/emit/python/target.js';
import { projectRoot } from '../../../src/paths.js';
import { CONTEXT, FEATURES, SEED_AST } from './fixtures.js';
import { VENV_PYTHON } from './python.js';

const WORKER = join(projectRoot(), 'verify', 'python', 'worker.py');
// Written by setup-python.sh only after a complete install.
const READY = existsSync(join(projectRoot(), '.venv', '.verify-lock-sha256')) && existsSync(WORKER);

interface Outcome {
  readonly id: string;
  readonly ok: boolean;
  readonly request: { method: string; url: string; headers: Record<string, string>; body: string | null } | null;
  readonly error: { type: string; message: string; line: number | null } | null;
}

function runAll(jobs: { id: string; code: string }[]): Promise<Map<string, Outcome>> {
  return new Promise((resolve, reject) => {
    const child = spawn(VENV_PYTHON, [WORKER], { stdio: ['pipe', 'pipe', 'pipe'] });
    const results = new Map<string, Outcome>();
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        const message = JSON.parse(buffer.slice(0, i)) as Outcome & { ready?: boolean };
        buffer = buffer.slice(i + 1);
        if (message.ready) continue;
        results.set(message.id, message);
        if (results.size === jobs.length) child.stdin.end();
      }
    });
    child.on('error', reject);
    child.on('close', (code) =>
      results.size === jobs.length ? resolve(results) : reject(new Error(`worker exited ${code}: ${stderr}`)),
    );
    for (const job of jobs) child.stdin.write(`${JSON.stringify(job)}\n`);
  });
}

describe.skipIf(!READY)('python snippets against the real SDKs', () => {
  it('run and send the request of the example', async () => {
    const cases = { seed: SEED_AST, ...FEATURES };
    const results = await runAll(
      Object.entries(cases).map(([id, tree]) => ({ id, code: pythonTarget.emit(tree, CONTEXT) })),
    );
    for (const id of Object.keys(cases)) {
      const r = results.get(id)!;
      expect(r.error, id).toBeNull();
      expect(r.ok, id).toBe(true);
    }
    const body = (id: string): unknown => JSON.parse(results.get(id)!.request!.body!);
    const url = (id: string): string => results.get(id)!.request!.url;

    expect(body('seed')).toMatchObject({
      accessPackageId: 'string (identifier)',
      requestApprovalSettings: {
        approvalStages: [
          { primaryApprovers: [{ '@odata.type': '#microsoft.graph.groupMembers', id: 'string (identifier)' }, {}] },
          {},
        ],
      },
      accessReviewSettings: { startDateTime: '2020-04-01T07:59:59.998000+00:00' },
    });
    expect(body('sendMail')).toMatchObject({
      Message: { from: { emailAddress: { address: 'me@contoso.com' } }, body: { contentType: 'html' } },
    });
    expect(body('primitivesAndData')).toMatchObject({
      meetingDuration: 'PT1H',
      maxCandidates: 1,
      nested: { a: [1, 2.5], c: null, d: {} },
    });
    expect(body('assignLicense')).toEqual({
      addLicenses: [
        { disabledPlans: ['11b0131d-43c8-4bbb-b2c8-e80f9a50834a'], skuId: '45715bb8-13f9-4bf6-927f-ef96c102d394' },
      ],
      removeLicenses: [],
    });
    expect(body('fileAttachment')).toMatchObject({ contentBytes: 'SGVsbG8gd29ybGQ=' });
    expect(body('mailboxSettings')).toMatchObject({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Me/mailboxSettings',
      workingHours: { daysOfWeek: ['monday', 'tuesday'], startTime: '08:00:00', endTime: '16:30:00' },
    });
    expect(body('flagsAndUntyped')).toMatchObject({
      sessionControls: { signInFrequency: { value: 4, isEnabled: true } },
      conditions: {
        users: {
          includeGuestsOrExternalUsers: { guestOrExternalUserTypes: 'internalGuest,serviceProvider' },
          excludeGuestsOrExternalUsers: { guestOrExternalUserTypes: 'b2bCollaborationGuest' },
        },
      },
    });
    expect(body('addMemberRef')).toEqual({ '@odata.id': 'https://graph.microsoft.com/v1.0/directoryObjects/{id}' });
    expect(url('listUsersWithQuery')).toContain('%24select=displayName,givenName');
    expect(results.get('listUsersWithQuery')!.request!.headers.consistencylevel).toBe('eventual');
    expect(url('calendarViewCustomQuery')).toContain('startDateTime=2017-01-01T19%3A00%3A00-08%3A00');
    expect(url('deltaWithToken')).toContain('/users/delta()?$deltatoken=oEcOySpF');
    expect(url('castAndCount')).toMatch(/\/users\/user-id\/memberOf\/graph\.group\/\$count$/);
    // (The SDK's own URL template for this function drops the comma; not the snippet's doing.)
    expect(url('functionIntegerParameters')).toContain('exportDeviceAndAppManagementData(skip=1');
    expect(results.get('uploadPhoto')!.request!.method).toBe('PUT');
  });
});

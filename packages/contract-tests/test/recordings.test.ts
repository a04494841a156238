// Every recorded exchange under specs/<api>/<version>/recordings/ must validate against the spec
// (see specs/CONVENTIONS.md, "Evidence"): a spec change that rejects real traffic fails here.
// Drift (members the spec does not declare, response enum values it does not list) is printed, not failed.
import { describe, expect, it } from 'vitest';
import { checkRecording, loadRecordings, type Recording } from './recordings/recording-validator.js';

const recordings = loadRecordings();

describe('recorded exchanges validate against the specs', () => {
  it('finds the recordings folder contents', () => {
    expect(recordings.length).toBeGreaterThan(0);
    for (const { file, recording } of recordings) {
      expect(recording.provenance?.believedReal, `${file} states why it is believed real`).toBeTruthy();
      expect(JSON.stringify(recording), `${file} carries no credentials`).not.toMatch(/authorization|x-api-key|x-whippy-key|bearer /i);
    }
  });

  for (const { file, recording } of recordings) {
    it(`${file}`, () => {
      const report = checkRecording(recording);
      for (const d of report.drift) console.info(`drift ${recording.operationId} ${recording.response.status} ${d.pointer}: ${d.message}`);
      expect(report.mismatches, `${file} against ${report.schemaPath}`).toEqual([]);
    });
  }
});

// The checker itself, on responses shaped like what the evidence policy anticipates.
const contact = (body: unknown): Recording => ({
  api: 'reply-v3',
  operationId: 'GetContactById',
  request: { method: 'GET', path: '/v3/contacts/12345' },
  response: { status: 200, contentType: 'application/json', body },
  provenance: { kind: 'test', believedReal: 'no: a test input' },
});

describe('the recording checker', () => {
  it('accepts nulls where the .NET platform sends them, and reports unknown members and unlisted enum values as drift', () => {
    const report = checkRecording(contact({ id: 12345, company: null, email: null, nickname: 'Ada', callStatus: 'Paused' }));
    expect(report.mismatches).toEqual([]);
    expect(report.drift.map((d) => `${d.pointer} ${d.keyword}`).sort()).toEqual(['/callStatus enum', '/nickname unknownMember']);
  });

  it('fails a body of the wrong shape: a missing id, a string id, an object from another endpoint', () => {
    expect(checkRecording(contact({ company: 'Acme' })).mismatches.map((m) => m.keyword)).toContain('required');
    expect(checkRecording(contact({ id: 'x' })).mismatches.map((m) => `${m.pointer} ${m.keyword}`)).toContain('/id type');
    expect(checkRecording(contact({ totallyUnrelated: 1 })).mismatches).not.toEqual([]);
  });

  it('fails a null where the spec promises a value type', () => {
    expect(checkRecording(contact({ id: 12345, isOptedOut: null })).mismatches.map((m) => m.pointer)).toEqual(['/isOptedOut']);
  });

  it('names the operation that does not match the recorded request line', () => {
    expect(() => checkRecording({ ...contact({ id: 1 }), request: { method: 'GET', path: '/v3/sequences/1' } })).toThrow(/does not match/);
  });
});

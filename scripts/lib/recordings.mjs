// Recordings: one real exchange per JSON file under specs/<api>/<version>/recordings/, in the
// format specs/CONVENTIONS.md ("Recordings") defines and helper scripts, the validating proxy and
// `pnpm drift` share:
//   { api, operationId?, request: { method, path, query?, body? },
//     response: { status, contentType?, body? }, provenance: { kind, believedReal, ... } }
// The writer is packages/mock/src/recordings.ts (the proxy's `--record`), which keeps keys and auth
// headers off disk; this module only reads.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every recording in the given folders (recursively), as { file, recording }, sorted by file. */
export function readRecordings(dirs) {
  const found = [];
  const visit = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) visit(full);
      else if (entry.endsWith('.json')) {
        let recording;
        try {
          recording = JSON.parse(readFileSync(full, 'utf8'));
        } catch (error) {
          throw new Error(`${full}: not JSON (${error.message})`);
        }
        if (!recording?.request?.method || !recording?.request?.path || !Number.isInteger(recording?.response?.status)) {
          throw new Error(`${full}: not a recording (needs request.method, request.path and response.status)`);
        }
        found.push({ file: full, recording });
      }
    }
  };
  for (const dir of dirs) visit(dir);
  return found;
}

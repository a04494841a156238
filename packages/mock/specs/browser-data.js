// generated — do not edit. Source: redocly.yaml via scripts/generate.mjs (scripts/lib/mock-specs.mjs). Regenerate with `pnpm generate`.
import spec0 from './reply-v3.json' with { type: 'json' };
import resources0 from './reply-v3.resources.json' with { type: 'json' };
import * as validators0 from '../dist/validators/reply-v3.js';
import spec1 from './reply-v4.json' with { type: 'json' };
import resources1 from './reply-v4.resources.json' with { type: 'json' };
import * as validators1 from '../dist/validators/reply-v4.js';
import spec2 from './whippy-v1.json' with { type: 'json' };
import resources2 from './whippy-v1.resources.json' with { type: 'json' };
import * as validators2 from '../dist/validators/whippy-v1.js';

export const apis = {
  'reply-v3': { id: 'reply-v3', spec: spec0, resources: resources0, validators: validators0 },
  'reply-v4': { id: 'reply-v4', spec: spec1, resources: resources1, validators: validators1 },
  'whippy-v1': { id: 'whippy-v1', spec: spec2, resources: resources2, validators: validators2 },
};

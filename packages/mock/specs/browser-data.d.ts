// generated — do not edit. Source: redocly.yaml via scripts/generate.mjs (scripts/lib/mock-specs.mjs). Regenerate with `pnpm generate`.
/** Every API's spec, resource map and validators, by API id (see src/engine/types.ts ApiData). */
export declare const apis: Record<string, { id: string; spec: unknown; resources: unknown; validators: unknown }>;

// generated — do not edit. Source: specs/reply/v4/openapi.yaml via scripts/generate.mjs. Regenerate with `pnpm generate`.
import type { ValidatorModule } from '@engagekit/runtime/validation';

export type { OperationValidators, ValidateFn, ValidatorModule, Violation } from '@engagekit/runtime/validation';

/** Every operationId of the spec. */
export declare const operationIds: ValidatorModule['operationIds'];
/** The validators of one operation, or undefined when the spec has no such operation. */
export declare const operationValidators: ValidatorModule['operationValidators'];
/** The body validator a client would pick: exact status, then `4XX`-style ranges, then `default`; then media type. */
export declare const responseValidator: ValidatorModule['responseValidator'];

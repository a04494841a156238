// The SDK's `validateResponses` option: checks each parsed response body against the spec with the
// API package's generated validators (`@engagekit/<api>/validators`), which are imported only when
// the option is on, on the first response, so the default bundle never carries them.
import { redactSecret } from './auth.js';
import { ConfigurationError, EngagekitError } from './errors.js';
import type { ApiDescriptor } from './client.js';
import type { Logger } from './logger.js';
import type { ValidatorModule, Violation } from './validation.js';

export type ValidateResponsesMode = 'off' | 'warn' | 'throw';

/** Distinct violations remembered per client for `warn`; past this, nothing new is logged. */
const MAX_REMEMBERED = 1_000;

export interface ResponseValidationErrorInit {
  operation: string;
  status: number;
  /** What makes the body wrong; drift (unknown members, unlisted enum values) is never here. */
  violations: Violation[];
}

/** `validateResponses: 'throw'` found a response body that does not match the spec. */
export class ResponseValidationError extends EngagekitError {
  override name = 'ResponseValidationError';
  readonly operation: string;
  readonly status: number;
  readonly violations: Violation[];

  constructor({ operation, status, violations }: ResponseValidationErrorInit) {
    const [first] = violations;
    const more = violations.length > 1 ? ` (and ${violations.length - 1} more)` : '';
    super(`${operation} ${status}: the response does not match the spec: ${first ? `${first.pointer || '/'} ${first.message}` : 'invalid'}${more}`);
    this.operation = operation;
    this.status = status;
    this.violations = violations;
  }
}

/** The validation a client with these options does, if any; a bad option fails at construction. */
export function responseValidation(descriptor: ApiDescriptor, mode: unknown, logger: Logger, secret: string): ResponseValidation | undefined {
  if (mode === undefined || mode === 'off') return undefined;
  if (mode !== 'warn' && mode !== 'throw') throw new ConfigurationError(`${descriptor.packageName}: validateResponses must be one of off, warn, throw.`);
  if (!descriptor.loadValidators) throw new ConfigurationError(`${descriptor.packageName}: validateResponses needs validators, and this API package has none.`);
  return new ResponseValidation(mode, descriptor.loadValidators, logger, secret);
}

/** A short, loggable form of an observed value: objects and long strings are cut, the key scrubbed. */
function summary(value: unknown, secret: string): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'string')) return value;
  const text = redactSecret(typeof value === 'string' ? value : JSON.stringify(value), secret);
  if (text.length > 80) return `${text.slice(0, 77)}...`;
  return typeof value === 'string' ? text : JSON.parse(text);
}

/** One client's validation of the bodies it receives. */
export class ResponseValidation {
  private module: Promise<ValidatorModule | undefined> | undefined;
  private readonly logged = new Set<string>();

  constructor(
    private readonly mode: 'warn' | 'throw',
    private readonly load: () => Promise<ValidatorModule>,
    private readonly logger: Logger,
    /** The API key, scrubbed from anything logged or thrown. */
    private readonly secret: string,
  ) {}

  /**
   * Validates one parsed body. In 'warn' mode every violation is logged once per operation and
   * pointer (array indices folded, so a list does not log each item); in 'throw' mode drift is
   * logged and anything else throws. Error answers are checked too, but only ever logged: the
   * caller still gets the APIError the status calls for.
   */
  async check(operation: string, response: Response, body: unknown): Promise<void> {
    const module = await this.validators();
    const validate = module?.responseValidator(operation, response.status, response.headers.get('content-type') ?? undefined);
    if (!validate) return;
    const violations = validate(body);
    if (violations.length === 0) return;
    const throwing = this.mode === 'throw' && response.ok;
    const errors: Violation[] = [];
    for (const violation of violations) {
      if (throwing && !violation.drift) errors.push(violation);
      else this.log(operation, response.status, violation);
    }
    if (errors.length > 0) {
      const scrubbed = errors.map((violation) => ({ ...violation, message: redactSecret(violation.message, this.secret) }));
      throw new ResponseValidationError({ operation, status: response.status, violations: scrubbed });
    }
  }

  /**
   * The validators, imported once. When they cannot be imported, 'warn' logs it once and goes on
   * unvalidated; 'throw' fails each call with a ConfigurationError saying why.
   */
  private async validators(): Promise<ValidatorModule | undefined> {
    this.module ??= this.load().catch((cause: unknown) => {
      const message = `validateResponses: the validators could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`;
      if (this.mode === 'throw') throw new ConfigurationError(message, { cause });
      this.logger.error(message);
      return undefined;
    });
    return this.module;
  }

  private log(operation: string, status: number, violation: Violation): void {
    const key = `${operation} ${violation.pointer.replace(/\/\d+(?=\/|$)/g, '/*')} ${violation.keyword}`;
    if (this.logged.has(key) || this.logged.size >= MAX_REMEMBERED) return;
    this.logged.add(key);
    const kind = violation.drift ? 'response drift' : 'response validation';
    this.logger.warn(redactSecret(`${kind}: ${operation} ${status} ${violation.pointer || '/'}: ${violation.message}`, this.secret), {
      operation,
      status,
      pointer: violation.pointer,
      keyword: violation.keyword,
      expected: violation.expected,
      observed: summary(violation.observed, this.secret),
      drift: violation.drift,
      schemaPath: violation.schemaPath,
    });
  }
}

import type { Clock } from './clock.js';
import { AbortError, BackgroundJobError } from './errors.js';

/** How an API describes its background jobs. */
export interface JobProtocol<Job> {
  get(id: string, signal?: AbortSignal): Promise<Job>;
  status(job: Job): string | undefined;
  /** Statuses that mean the job finished successfully. */
  done: readonly string[];
  /** Statuses that mean the job will never finish successfully. */
  failed: readonly string[];
}

export interface WaitOptions {
  /** Time between polls, in milliseconds (default 2,000). */
  pollInterval?: number;
  /** Give up after this many milliseconds (default 10 minutes). */
  timeout?: number;
  signal?: AbortSignal;
}

/** A long-running operation the API accepted with `202` and a `Location` to poll. */
export class JobHandle<Accepted, Job> {
  constructor(
    readonly id: string,
    /** The `Location` header, e.g. `/v3/background-jobs/<id>`. */
    readonly location: string | undefined,
    /** The body of the 202 answer, when there was one. */
    readonly accepted: Accepted,
    private readonly protocol: JobProtocol<Job>,
    private readonly clock: Clock,
  ) {}

  /** Polls until the job is done (resolves with it) or failed, cancelled, expired (throws). */
  async wait({ pollInterval = 2_000, timeout = 600_000, signal }: WaitOptions = {}): Promise<Job> {
    const deadline = this.clock.now() + timeout;
    for (;;) {
      if (signal?.aborted) throw new AbortError(`waiting for job ${this.id} was aborted`, { cause: signal.reason });
      const job = await this.protocol.get(this.id, signal);
      const status = this.protocol.status(job);
      if (status !== undefined && this.protocol.done.includes(status)) return job;
      if (status !== undefined && this.protocol.failed.includes(status)) {
        throw new BackgroundJobError(`background job ${this.id} ended as ${status}`, this.id, status, job);
      }
      if (this.clock.now() + pollInterval > deadline) {
        throw new BackgroundJobError(`background job ${this.id} still ${status ?? 'unknown'} after ${timeout} ms`, this.id, status, job);
      }
      try {
        await this.clock.sleep(pollInterval, signal);
      } catch {
        throw new AbortError(`waiting for job ${this.id} was aborted`, { cause: signal?.reason });
      }
    }
  }
}

/** The job id from a `Location` such as `/v3/background-jobs/<id>`, or from the body's `jobId`. */
export function jobIdFrom(location: string | null, body: unknown): string | undefined {
  const fromBody = body && typeof body === 'object' ? (body as { jobId?: unknown }).jobId : undefined;
  if (typeof fromBody === 'string' && fromBody) return fromBody;
  const last = location?.split('?')[0]?.split('/').filter(Boolean).pop();
  return last || undefined;
}

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Anything with these four methods: `console`, pino, winston… */
export interface Logger {
  error(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  debug(message: string, details?: Record<string, unknown>): void;
}

const ranks: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** Writes at or above `level` to `target`; everything else costs one comparison. */
export function leveledLogger(level: LogLevel, target: Logger = console): Logger {
  const rank = ranks[level];
  const at =
    (name: keyof Logger, min: LogLevel) =>
    (message: string, details?: Record<string, unknown>) => {
      if (rank >= ranks[min]) target[name](`[engagekit] ${message}`, ...(details ? [details] : []));
    };
  return { error: at('error', 'error'), warn: at('warn', 'warn'), info: at('info', 'info'), debug: at('debug', 'debug') };
}

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && value in ranks;
}

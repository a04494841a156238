import { ensureDebianPackage } from '@engagekit/test-support';

/** Debian's Chromium, which the browser tests drive; installed when missing. */
export function ensureChromium(): string {
  return ensureDebianPackage({ binary: '/usr/bin/chromium', pkg: 'chromium', purpose: 'the browser tests' });
}

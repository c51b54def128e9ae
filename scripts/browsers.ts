import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserName, { env: string; paths: string[]; debian: string }> = {
  chromium: { env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], debian: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], debian: 'firefox-esr' },
};

/** The path of a browser: `$CHROMIUM_PATH` / `$FIREFOX_PATH` first, then the usual Debian paths. */
export function findBrowser(name: BrowserName): string {
  const found = locate(name);
  if (found) return found;
  const { env, debian } = CANDIDATES[name];
  throw new Error(`${name} not found. Install it (Debian: sudo apt-get install -y ${debian}) or set ${env} to its path.`);
}

function locate(name: BrowserName): string | undefined {
  const { env, paths } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return paths.find((p) => existsSync(p));
}

/**
 * Installs the Debian packages of missing browsers when it can (root with
 * apt-get), else stops with what to install. Browser tests never skip.
 */
export function ensureBrowsers(names: BrowserName[] = ['chromium', 'firefox']): void {
  const missing = names.filter((n) => !locate(n));
  if (!missing.length) return;
  const packages = missing.map((n) => CANDIDATES[n].debian);
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(`Missing browsers: ${missing.join(', ')}. Install them: sudo apt-get install -y ${packages.join(' ')} (or set CHROMIUM_PATH / FIREFOX_PATH).`);
  }
  console.log(`Installing ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '-q', ...packages], { stdio: 'inherit', env });
  for (const name of missing) findBrowser(name);
}

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_FILE, root } from './browser.js';

const built = existsSync(join(root, 'dist', 'cli.js')) && existsSync(PAGE_FILE);
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

describe.skipIf(!built)('spbe workbench and the built page', () => {
  it('writes the page with -o, and to stdout without it', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'spbe-workbench-')), 'meja-kerja.html');
    const written = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'workbench', '-o', out], { encoding: 'utf8' });
    expect(written.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(PAGE_FILE, 'utf8'));
    const printed = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'workbench'], { encoding: 'utf8', maxBuffer: 8 * 1024 * 1024 });
    expect(printed.status).toBe(0);
    expect(printed.stdout).toBe(readFileSync(PAGE_FILE, 'utf8'));
    const extra = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'workbench', 'x.json'], { encoding: 'utf8' });
    expect(extra.status).toBe(2);
  });

  it('is in the package: npm pack ships dist/workbench.html', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const packed = JSON.parse(spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }).stdout) as { files: { path: string }[] }[];
    expect(packed[0]?.files.map((entry) => entry.path)).toContain('dist/workbench.html');
  });

  it('is one file whose CSP admits exactly its inline script and style, by hash, and nothing else', () => {
    const page = readFileSync(PAGE_FILE, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(page)?.[1] ?? '';
    // The head holds the one style; the script (which itself holds the report's <style> text) ends the body.
    const head = page.slice(0, page.indexOf('</head>'));
    const body = page.slice(head.length);
    const styles = [...head.matchAll(/<style>([\s\S]*?)<\/style>/gu)].map((match) => match[1] as string);
    const scripts = [...page.matchAll(/<script\b[^>]*>/gu)];
    expect(styles).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect(head).not.toContain('<script');
    const script = /<script>([\s\S]*)<\/script>\s*<\/body>/u.exec(body)?.[1] ?? '';
    expect(policy).toBe(`default-src 'none'; script-src 'sha256-${sha256(script)}'; style-src 'sha256-${sha256(styles[0] as string)}'; img-src data:; base-uri 'none'; form-action 'none'`);
    // Nothing is loaded from anywhere: no src, no href to a resource.
    expect(page).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/iu);
  });

  it('keeps nothing in the browser: the page names no storage (cookies, local or session storage, IndexedDB, caches, service workers)', () => {
    const page = readFileSync(PAGE_FILE, 'utf8');
    expect(page).not.toMatch(/localStorage|sessionStorage|indexedDB|\.cookie\b|caches\.|serviceWorker|openDatabase/u);
  });
});

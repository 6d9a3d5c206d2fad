import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The hosted workbench: the release workflow's `pages` job publishes dist/workbench.html as the
 * site's workbench.html, and every document that links the hosted copy links that address under
 * package.json's homepage. The workflow is read as text (no YAML parser in the project).
 */
const root = resolve(import.meta.dirname, '..', '..');
const read = (path: string): string => readFileSync(resolve(root, path), 'utf8');
const workflow = read('.github/workflows/release.yml');
const pagesJob = workflow.slice(workflow.indexOf('\n  pages:'));
const homepage = (JSON.parse(read('package.json')) as { homepage: string }).homepage;
const hosted = `${homepage}workbench.html`;

describe('the hosted workbench (release.yml, pages job)', () => {
  it('builds the package and puts the built page, alone, in the site it uploads and deploys', () => {
    const steps = ['npm ci', 'npm run build', 'cp dist/workbench.html site/workbench.html', 'actions/upload-pages-artifact', 'actions/deploy-pages'];
    const at = steps.map((step) => pagesJob.indexOf(step));
    expect(at.every((position) => position > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(pagesJob).toMatch(/upload-pages-artifact@v\d+\n\s+with:\n\s+path: site\n/u);
  });

  it('may deploy to Pages and nothing more: pages and id-token write, contents read', () => {
    const permissions = /permissions:\n((?:\s{6}.+\n)+)/u.exec(pagesJob)?.[1] ?? '';
    expect(permissions.split('\n').map((line) => line.trim().replace(/\s*#.*$/u, '')).filter(Boolean)).toEqual(['contents: read', 'pages: write', 'id-token: write']);
  });

  it('publishes the page the build writes (dist/workbench.html, one self-contained file)', () => {
    expect(existsSync(resolve(root, 'dist', 'workbench.html'))).toBe(true);
    expect(read('dist/workbench.html')).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/u);
  });

  it('is linked at the address the job deploys, under the homepage, from the README and the guide in both languages', () => {
    expect(pagesJob).toContain('url: ${{ steps.deployment.outputs.page_url }}workbench.html');
    for (const doc of ['README.md', 'README.id.md', 'docs/workbench.md', 'docs/workbench.id.md']) {
      expect(read(doc), doc).toContain(hosted);
    }
  });
});

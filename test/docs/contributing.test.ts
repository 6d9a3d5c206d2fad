import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * CONTRIBUTING.md, "Publishing": what it says the release workflow and package.json do. The
 * workflow is read as text (no YAML parser in the project): each promise is a line it must hold.
 */
const root = resolve(import.meta.dirname, '..', '..');
const read = (path: string): string => readFileSync(resolve(root, path), 'utf8');
const workflow = read('.github/workflows/release.yml');
const contributing = read('CONTRIBUTING.md');
const pkg = JSON.parse(read('package.json')) as {
  publishConfig?: { access?: string; provenance?: boolean };
  scripts: Record<string, string>;
  repository?: { url?: string };
};
/** The release job alone (the file's second job deploys the workbench page). */
const releaseJob = workflow.slice(workflow.indexOf('  release:'), workflow.indexOf('\n  pages:'));

describe('CONTRIBUTING.md, Publishing', () => {
  it('has the section the workflow header points to', () => {
    expect(contributing).toMatch(/^## Publishing$/mu);
    expect(workflow).toContain('CONTRIBUTING.md, "Publishing"');
  });

  it('trusted publishing: the workflow may mint an OIDC token, installs npm 11.5.1 or later and configures no token line', () => {
    expect(workflow).toMatch(/^ {2}id-token: write/mu);
    // setup-node's registry-url writes `_authToken=${NODE_AUTH_TOKEN}`, which stops npm trying OIDC.
    expect(releaseJob).not.toMatch(/^\s+registry-url:/mu);
    const npmInstall = /npm install -g npm@\^(\d+)\.(\d+)\.(\d+)/u.exec(releaseJob);
    expect(npmInstall?.slice(1).map(Number)).toEqual([11, 5, 1]);
    // npm is upgraded before anything installs or publishes with it.
    expect(releaseJob.indexOf('npm install -g npm@')).toBeLessThan(releaseJob.indexOf('npm ci'));
  });

  it('the NPM_TOKEN fallback: the secret is passed to the changesets action, which publishes', () => {
    expect(releaseJob).toContain('NPM_TOKEN: ${{ secrets.NPM_TOKEN }}');
    expect(releaseJob).toContain('uses: changesets/action@v1');
    expect(releaseJob).toContain('publish: npx changeset publish');
  });

  it('provenance either way: in the workflow and in publishConfig, with public access', () => {
    expect(releaseJob).toContain('NPM_CONFIG_PROVENANCE: true');
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });
  });

  it('npm publish refuses an unbuilt or untested tree (prepublishOnly)', () => {
    expect(pkg.scripts['prepublishOnly']).toBe('bash scripts/check-publishable.sh');
    const check = read('scripts/check-publishable.sh');
    for (const step of ['npm run build', 'npm run typecheck', 'npx vitest run', 'npm run lint:package', 'npm run size']) {
      expect(check).toContain(step);
    }
  });

  it('the trusted publisher to configure is this repository and workflow', () => {
    expect(pkg.repository?.url).toBe('git+https://github.com/spbe-index/spbe-index.git');
    expect(contributing.replace(/\s+/gu, ' ')).toContain('organisation `spbe-index`, repository `spbe-index`, workflow `release.yml`');
  });
});

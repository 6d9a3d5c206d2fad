#!/usr/bin/env bash
# `prepublishOnly`: refuses to publish a tree that is not freshly built and fully tested. Builds
# from the sources, then type-checks, runs every test, lints the packed package (publint, attw in
# every resolution mode) and checks the bundle budgets; any failure stops `npm publish`.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build
npm run typecheck
npx vitest run
npm run lint:package
npm run size

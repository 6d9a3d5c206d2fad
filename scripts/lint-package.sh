#!/usr/bin/env bash
# Lints the package as it would be published: publint and arethetypeswrong on the packed tarball.
# attw runs its strict profile: every entry point must resolve in every module resolution mode
# (node10, node16 from CommonJS and from ESM, bundler).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/spbe-index-*.tgz
tarball=$(npm pack --pack-destination .tmp --silent | tail -n 1)
npx publint run ".tmp/${tarball}" --strict
npx attw ".tmp/${tarball}" --profile strict

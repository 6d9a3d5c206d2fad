#!/usr/bin/env bash
# Lints the package as it would be published: publint and arethetypeswrong on the packed tarball.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/spbe-index-*.tgz
tarball=$(npm pack --pack-destination .tmp --silent | tail -n 1)
npx publint run ".tmp/${tarball}" --strict
npx attw ".tmp/${tarball}" --profile node16

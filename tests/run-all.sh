#!/usr/bin/env bash
# Runs every test of GraphExplorer: the .NET test projects (unit, TCK ratchet, importer quality,
# server integration) and the browser end-to-end tests. README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build GraphExplorer.sln -c Release
dotnet test GraphExplorer.sln -c Release --no-build

# Browser app: type check, then the browser tests (web/e2e) against the real server built above,
# on a free port with a fresh data folder. The .NET build has installed web/node_modules.
(cd web && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run typecheck && npm run test:unit && npm run test:e2e)

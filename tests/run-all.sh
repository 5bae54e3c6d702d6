#!/usr/bin/env bash
# Runs every test of GraphExplorer: the .NET test projects (unit, TCK ratchet, importer quality,
# server integration) and the browser end-to-end tests. README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build GraphExplorer.sln -c Release
dotnet test GraphExplorer.sln -c Release --no-build

#!/bin/sh
# Benchmarks PatronageRendering (in-process Graphviz vs the CLI; stable per-year diagrams).
# Usage: scripts/bench-render.sh [--quick]     (needs graphviz and libgraphviz-dev)
set -eu
cd "$(dirname "$0")/bench-render"
swift build -c release --scratch-path ../../.build-bench-render >/dev/null
exec ../../.build-bench-render/release/bench-render "$@"

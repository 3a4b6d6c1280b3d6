#!/usr/bin/env bash
# The developer's front door: ./dev.sh demo | test | bench | lint | setup
set -euo pipefail
cd "$(dirname "$0")"
cmd=${1:-help}; shift || true
case "$cmd" in
  setup) packaging/setup.sh ;;
  demo)  packaging/setup.sh && .venv/bin/python packaging/demo_pack/build_demo_pack.py &&
         exec .venv/bin/songpei demo "$@" ;;
  test)  packaging/setup.sh && QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@" ;;
  bench) packaging/setup.sh && QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} exec .venv/bin/python -m benchmarks "$@" ;;
  lint)  packaging/setup.sh  # the same three checks as .pre-commit-config.yaml
         dirs=(app content sync tests benchmarks packaging)
         .venv/bin/ruff check "${dirs[@]}"
         .venv/bin/ruff format --check "${dirs[@]}"
         exec .venv/bin/mypy ;;  # what it checks: [tool.mypy] in pyproject.toml
  *) echo "usage: ./dev.sh demo | test | bench | lint | setup" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# A configuration-only deployment (eb setenv, eb config) runs confighooks instead of hooks; this step is the same
# for both, so it runs the one script under hooks/.
set -euo pipefail
exec bash "$(dirname "${BASH_SOURCE[0]}")/../../hooks/prebuild/05_rds_trust_store.sh" "$@"

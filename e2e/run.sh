#!/usr/bin/env bash
# Browser tests: starts the packaged app (target/tongket-*.jar) on H2 with the demo bloc in a fresh scratch folder,
# waits until it answers, runs `node --test` over e2e/*.test.js in headless Chromium (Debian's /usr/bin/chromium,
# npm playwright-core; no browser download), stops the app. Exit code = the tests' exit code.
# Screenshots of every step: target/e2e/. App log: target/e2e/app.log.
# Env: E2E_PORT (default 18780), E2E_YEAR (campaign year of the scenarios, default: the current year).
# E2E_FILES: only these test files (default: all).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${E2E_PORT:-18780}
JAR=$(ls target/tongket-*.jar | grep -v '\.original$' | head -1)
OUT=target/e2e
rm -rf "$OUT" && mkdir -p "$OUT"
SCRATCH=$(mktemp -d /tmp/tongket-e2e-XXXXXX)
export E2E_BASE="http://127.0.0.1:${PORT}"
export E2E_ADMIN_PASSWORD="e2e-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 12)"
export E2E_YEAR=${E2E_YEAR:-$(date +%Y)}

app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

# default profile = H2 file database under ./data of the working directory, demo bloc loaded on first start;
# no SMTP server: the task e-mails are off
cp "$JAR" "$SCRATCH/app.jar"
( cd "$SCRATCH" && exec env TONGKET_ADMIN_PASSWORD="$E2E_ADMIN_PASSWORD" TONGKET_MEMBER_PASSWORD=demo \
    java -Xmx512m -XX:+UseSerialGC -jar app.jar --server.port="$PORT" ) > "$OUT/app.log" 2>&1 &
app_pid=$!
echo "app pid $app_pid on port $PORT (scratch $SCRATCH)"
for _ in $(seq 1 300); do
  if curl -sf -o /dev/null -u "admin:${E2E_ADMIN_PASSWORD}" "$E2E_BASE/engine-rest/engine"; then break; fi
  kill -0 "$app_pid" 2>/dev/null || { echo "the app stopped:"; tail -50 "$OUT/app.log"; exit 1; }
  sleep 1
done
curl -sf -o /dev/null -u "admin:${E2E_ADMIN_PASSWORD}" "$E2E_BASE/engine-rest/engine" || { echo "the app did not answer"; tail -50 "$OUT/app.log"; exit 1; }
# the start-up runner (demo bloc, identity sync) finishes after the port opens: wait for the demo members
for _ in $(seq 1 120); do
  curl -sf -u "admin:${E2E_ADMIN_PASSWORD}" "$E2E_BASE/engine-rest/user/DV0004/profile" >/dev/null && break
  sleep 1
done
echo "app ready after $SECONDS s"

set +e
# E2E_FILES: a subset of the files (e.g. "e2e/cockpit.test.js"); default every e2e/*.test.js
node --test --test-concurrency=1 --test-reporter=spec ${E2E_FILES:-e2e/*.test.js}
rc=$?
set -e
echo "browser tests: exit $rc, screenshots in $OUT/"
exit $rc

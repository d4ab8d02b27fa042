#!/usr/bin/env bash
# Start Tresse's real window under Xvfb (xcb platform) and check that a window titled « Tresse … » appears.
#   scripts/smoke_window.sh [path/to/tresse]
set -euo pipefail
tresse=${1:-tresse}
data=$(mktemp -d)
display=:97
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$app" "$xvfb" 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY=$display QT_QPA_PLATFORM=xcb "$tresse" --data-dir "$data" >"$data/out.log" 2>&1 &
app=$!
for _ in $(seq 100); do
    if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"Tresse'; then
        echo "smoke: the Tresse window appeared under Xvfb"
        exit 0
    fi
    if ! kill -0 "$app" 2>/dev/null; then
        echo "smoke: Tresse exited before showing its window" >&2; cat "$data/out.log" >&2; exit 1
    fi
    sleep 0.2
done
echo "smoke: no Tresse window after 20 s" >&2
cat "$data/out.log" >&2
exit 1

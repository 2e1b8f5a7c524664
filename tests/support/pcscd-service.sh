#!/usr/bin/env bash
# Starts or stops the test pcscd (with the vsmartcard-vpcd readers) for a CTest fixture.
#   pcscd-service.sh start STATE_DIR   start pcscd, wait until vpcd listens, record the pid
#   pcscd-service.sh stop STATE_DIR    stop the pcscd this script started (by pid)
# Only one pcscd may run per machine (fixed socket): tests that need it take the CTest
# RESOURCE_LOCK "pcscd". A pcscd that was already running (not ours) is used and left alone.
set -euo pipefail

action="${1:?start|stop}"
state="${2:?state directory}"
mkdir -p "$state"
pidfile="$state/pcscd.pid"
PCSCD=/usr/sbin/pcscd

listening() {
  ss -ltnH "sport = :35963" 2>/dev/null | grep -q LISTEN
}

case "$action" in
start)
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "pcscd already started by the fixture (pid $(cat "$pidfile"))"
    exit 0
  fi
  rm -f "$pidfile"
  if pgrep -x pcscd >/dev/null 2>&1; then
    echo "using the pcscd already running on this machine (not stopped afterwards)"
    exit 0
  fi
  [ -x "$PCSCD" ] || { echo "pcscd is not installed (./guichet.sh deps)" >&2; exit 1; }
  # Never probe vpcd's port with a connect: vpcd takes any connection as a card insertion.
  setsid "$PCSCD" --foreground >"$state/pcscd.log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  for _ in $(seq 1 100); do
    if listening; then
      echo "pcscd started (pid $(cat "$pidfile"))"
      exit 0
    fi
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "pcscd exited at start:" >&2
      cat "$state/pcscd.log" >&2
      rm -f "$pidfile"
      exit 1
    fi
    sleep 0.05
  done
  echo "pcscd did not open the vpcd port within 5 s" >&2
  kill -TERM "$(cat "$pidfile")" 2>/dev/null || true
  rm -f "$pidfile"
  exit 1
  ;;
stop)
  if [ -f "$pidfile" ]; then
    pid="$(cat "$pidfile")"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.05
    done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
    echo "pcscd stopped (pid $pid)"
  fi
  ;;
*)
  echo "usage: $0 start|stop STATE_DIR" >&2
  exit 2
  ;;
esac

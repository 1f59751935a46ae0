"""The kill soak's reader of the app's SQLite file, independent of Dragoman's own code.

Reads one JSON request per line on stdin and answers one JSON line on stdout:
  {"op": "peek", "db": PATH}   the live file, read-only, while the app runs: {"targets": {...}}
  {"op": "check", "db": PATH}  after a kill: the file and its WAL copied aside (the original is
                               left for the app to recover itself), opened as the app would open
                               them, PRAGMA integrity_check run: {"integrity": [...], "targets": {...}}
"targets" maps each segment's id (as a string) to its English.
"""

import json
import os
import shutil
import sqlite3
import sys
import tempfile


def targets(conn):
    return {str(i): t for i, t in conn.execute("SELECT id, target FROM segments ORDER BY id")}


def peek(db):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return {"targets": targets(conn)}
    finally:
        conn.close()


def check(db):
    with tempfile.TemporaryDirectory(prefix="dragoman-soak-") as tmp:
        copy = os.path.join(tmp, "copy.db")
        shutil.copyfile(db, copy)
        if os.path.exists(db + "-wal"):
            shutil.copyfile(db + "-wal", copy + "-wal")
        conn = sqlite3.connect(copy, timeout=5)
        try:
            integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            return {"integrity": integrity, "targets": targets(conn)}
        finally:
            conn.close()


def main():
    for line in sys.stdin:
        req = json.loads(line)
        try:
            out = peek(req["db"]) if req["op"] == "peek" else check(req["db"])
        except Exception as e:  # answered, not fatal: the soak decides what it means
            out = {"error": f"{type(e).__name__}: {e}"}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

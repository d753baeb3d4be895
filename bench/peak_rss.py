"""Runs a command and measures its own peak RSS, for the bench scripts.

`ru_maxrss` of a child that Python forks counts the pages it shares with Python before its
exec (the kernel keeps the larger high-water mark), so a benchmark script that holds boto3
and thousands of planted items reports its own size, not the command's. GNU time forks the
command from its own small process and reports the command's peak alone.
"""

import os
import shutil
import subprocess
import tempfile
import time

GNU_TIME = shutil.which("time", path="/usr/bin:/bin") or None


def run(cmd, env, stdout, stderr):
    """Runs `cmd`; returns (exit code, elapsed s, peak RSS MiB or None when GNU time is absent)."""
    with tempfile.NamedTemporaryFile(suffix=".rss") as rss:
        wrapped = [GNU_TIME, "-f", "%M", "-o", rss.name] + cmd if GNU_TIME else cmd
        t0 = time.monotonic()
        code = subprocess.run(wrapped, env=env, stdout=stdout, stderr=stderr).returncode
        elapsed = time.monotonic() - t0
        text = open(rss.name).read().strip().splitlines() if GNU_TIME else []
        # GNU time writes "Command exited with non-zero status N" first when it fails.
        kib = next((int(line) for line in reversed(text) if line.isdigit()), None)
        return code, elapsed, (kib / 1024 if kib is not None else None)


def shown(mib):
    return f"{mib:.1f} MiB" if mib is not None else "unknown (needs GNU time in /usr/bin)"

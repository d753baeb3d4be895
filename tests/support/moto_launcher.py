"""Starts moto's Secrets Manager emulator on 127.0.0.1 for the integration tests.

Prints PORT=<n> once the socket is bound, then serves until stdin closes (the test process
exiting, however it exits), so no server outlives its tests.
"""
import logging
import os
import sys

from moto.server import ThreadedMotoServer

logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no access log: a full pipe stalls moto

if "--fast-name-lookup" in sys.argv[1:]:
    # For benchmarks: moto 5.2.1 finds a secret by scanning every secret (O(N) per id, so a
    # BatchGetSecretValue over 10,000 secrets costs moto ~150 ms); AWS does not. Look the name
    # up as a dict key first, then fall back to moto's own scan (ARNs, partial ARNs).
    from moto.secretsmanager.models import SecretsStore

    scan_contains, scan_getitem, scan_get = SecretsStore.__contains__, SecretsStore.__getitem__, SecretsStore.get
    SecretsStore.__contains__ = lambda self, key: dict.__contains__(self, key) or scan_contains(self, key)
    SecretsStore.__getitem__ = lambda self, key: dict.get(self, key) or scan_getitem(self, key)
    SecretsStore.get = lambda self, key: dict.get(self, key) or scan_get(self, key)

server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
server.start()
print(f"PORT={server.get_host_and_port()[1]}", flush=True)
sys.stdin.read()
os._exit(0)

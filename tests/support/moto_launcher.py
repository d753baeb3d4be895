"""Starts moto's Secrets Manager emulator on 127.0.0.1 for the integration tests.

Prints PORT=<n> once the socket is bound, then serves until stdin closes (the test process
exiting, however it exits), so no server outlives its tests.
"""
import logging
import os
import sys

from moto.server import ThreadedMotoServer

logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no access log: a full pipe stalls moto

if "--fast-paths" in sys.argv[1:]:
    # For benchmarks only: the same answers without moto 5.2.1's per-call work over every
    # secret, which AWS does not do. (1) A secret is found by scanning every secret (O(N) per
    # id: a BatchGetSecretValue over 10,000 secrets costs ~150 ms); look the name up as a dict
    # key first, then fall back to moto's scan (ARNs, partial ARNs). (2) ListSecrets builds the
    # full description of every matching secret for every page (74 ms a page over 10,000);
    # describe only the page's, with the same order and the same index tokens, and find the
    # matching secrets once per listing rather than once per page.
    from moto.secretsmanager import models
    from moto.secretsmanager.models import SecretsManagerBackend, SecretsStore

    scan_contains, scan_getitem, scan_get = SecretsStore.__contains__, SecretsStore.__getitem__, SecretsStore.get
    SecretsStore.__contains__ = lambda self, key: dict.__contains__(self, key) or scan_contains(self, key)
    SecretsStore.__getitem__ = lambda self, key: dict.get(self, key) or scan_getitem(self, key)
    SecretsStore.get = lambda self, key: dict.get(self, key) or scan_get(self, key)

    # The matching secrets of the last listing, reused by its next pages while the store is
    # unchanged (a listing pages through a fixed set, as a benchmark's does).
    listed = {}

    def list_secrets(self, filters, max_results=models.MAX_RESULTS_DEFAULT, next_token=None, include_planned_deletion=False):
        key = (repr(filters), include_planned_deletion, len(self.secrets), id(self.secrets))
        matching = listed.get(key) if next_token else None
        if matching is None:
            matching = [
                secret for secret in self.secrets.values()
                if not (getattr(secret, "deleted_date", None) and not include_planned_deletion)
                and models._matches(secret, filters)
            ]
            listed.clear()
            listed[key] = matching
        start = int(next_token or 0)
        end = start + int(max_results or models.MAX_RESULTS_DEFAULT)
        page = [secret.to_dict() for secret in matching[start:end]]
        return page, (str(end) if end < len(matching) else None)

    SecretsManagerBackend.list_secrets = list_secrets

server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
server.start()
print(f"PORT={server.get_host_and_port()[1]}", flush=True)
sys.stdin.read()
os._exit(0)

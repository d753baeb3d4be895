"""Starts moto's Secrets Manager emulator on 127.0.0.1 for the integration tests.

Prints PORT=<n> once the socket is bound, then serves until stdin closes (the test process
exiting, however it exits), so no server outlives its tests.
"""
import logging
import os
import sys

from moto.server import ThreadedMotoServer

logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no access log: a full pipe stalls moto

server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
server.start()
print(f"PORT={server.get_host_and_port()[1]}", flush=True)
sys.stdin.read()
os._exit(0)

"""The simulated county government web: spec, generator, forward-proxy server and ground truth.

Use ``build_web(seed, round)`` to get a :class:`SimWeb` (``profile="discovery"`` for the larger
web of the discovery benchmark, ``profile="holdout"`` for new sites in new templates) and
``SimServer(web)`` to serve it as an HTTP/HTTPS forward proxy on loopback;
``python -m simweb --help`` runs it by hand.
"""

from .server import SimServer
from .web import SimWeb, build_web

__all__ = ["SimServer", "SimWeb", "build_web"]

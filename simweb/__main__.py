"""Serve the simulated web by hand, or dump its seed list and truth.

    python -m simweb --port 8899 --seeds-out /tmp/simseeds.csv [--round 2] [--seed 0]
    python -m simweb --truth-out truth.json
    python -m simweb --profile discovery --port 8899 --seeds-out /tmp/discovery.csv
    python -m simweb --profile holdout --port 8899 --seeds-out /tmp/holdout.csv
    python -m simweb --challenges --port 8899 --seeds-out /tmp/challenges.csv

With ``--port`` the proxy runs until Ctrl-C; point a crawler at it with
``http_proxy=http://127.0.0.1:8899 https_proxy=http://127.0.0.1:8899``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import signal
import sys
import threading

from .challenges import add_challenge_sites
from .server import SimServer
from .web import PROFILES, build_web

SEED_FIELDS = ["name", "url", "level", "province", "city", "adcode"]


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, write the requested files and serve until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m simweb", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, help="serve the proxy on 127.0.0.1:PORT (0: random)")
    parser.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    parser.add_argument("--round", type=int, default=1, choices=(1, 2), help="crawl round")
    parser.add_argument("--profile", default="base", choices=PROFILES,
                        help="which web: base (spec.py, default), discovery (base + 17 sites) "
                             "or holdout (21 new sites in new templates)")
    parser.add_argument("--challenges", action="store_true",
                        help="add the five sites behind script-challenge firewalls "
                             "(simweb/challenges.py: 瑞数 412, 加速乐 521, 网站卫士 200)")
    parser.add_argument("--seeds-out", help="write the seed list CSV here")
    parser.add_argument("--truth-out", help="write the truth JSON here")
    args = parser.parse_args(argv)
    web = build_web(args.seed, args.round, args.profile)
    if args.challenges:
        add_challenge_sites(web)
    if args.seeds_out:
        with open(args.seeds_out, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, SEED_FIELDS)
            writer.writeheader()
            writer.writerows(web.seed_rows())
    if args.truth_out:
        with open(args.truth_out, "w", encoding="utf-8") as fh:
            json.dump(web.truth, fh, ensure_ascii=False, indent=1)
    if args.port is None:
        if not (args.seeds_out or args.truth_out):
            parser.error("nothing to do: give --port, --seeds-out or --truth-out")
        return 0
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    with SimServer(web, port=args.port) as server:
        print(f"simweb {args.profile} round {args.round} seed {args.seed}: proxy at "
              f"{server.proxy_url}",
              file=sys.stderr, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            done.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())

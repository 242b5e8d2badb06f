"""Crawl the ``kinds4`` web once with the real spider and score the archive per kind.

    $ python -m simweb.kinds4.score [--keep DIR]

Prints, per kind, the reports found and missed, then requests per report found, requests into
each trap prefix, look-alikes archived and requests per host (the crawl is run as for ``kinds``).
"""

from __future__ import annotations

from ..kinds.score import run
from . import KIND_NAMES


def main() -> None:
    run("kinds4", KIND_NAMES, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    main()

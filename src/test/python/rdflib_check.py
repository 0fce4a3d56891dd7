"""Reads the dumps with rdflib, a parser nobody on this project wrote, and checks they hold one graph.

Usage: rdflib_check.py DUMP_DIR
Prints "rdflib: N triples, isomorphic" and exits 0, or says what differs and exits 1.
"""
import sys
from pathlib import Path

from rdflib import Graph
from rdflib.compare import isomorphic


def load(path: Path, fmt: str) -> Graph:
    g = Graph()
    g.parse(str(path), format=fmt)
    return g


def main() -> int:
    out = Path(sys.argv[1])
    nt = load(out / "medfm.nt", "nt")
    ttl = load(out / "medfm.ttl", "turtle")
    jsonld = load(out / "medfm.jsonld", "json-ld")
    for name, g in (("Turtle", ttl), ("JSON-LD", jsonld)):
        if not isomorphic(g, nt):
            print(f"rdflib: {name} ({len(g)} triples) differs from N-Triples ({len(nt)} triples)")
            return 1
    print(f"rdflib: {len(nt)} triples, isomorphic")
    return 0


if __name__ == "__main__":
    sys.exit(main())

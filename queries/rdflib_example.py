#!/usr/bin/python3
"""Run a SPARQL query on the MedFM-KG dumps offline, with rdflib.

usage: rdflib_example.py QUERY.rq RDF_FILE [RDF_FILE ...]

Loads the RDF files (the dump target/dumps/medfm.ttl, and for a join a file such as
queries/fixtures/mesh.ttl) into one graph, runs the query on it and prints SELECT and ASK answers as
SPARQL CSV, CONSTRUCT answers as Turtle. Exit status: 0 success, 1 the query failed, 2 bad usage.

On Debian: apt-get install python3-rdflib, then run it with /usr/bin/python3.
"""
import sys

import rdflib


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    graph = rdflib.Graph()
    for path in argv[2:]:
        graph.parse(path)
    with open(argv[1], encoding="utf-8") as f:
        query = f.read()
    try:
        result = graph.query(query)
        out = result.serialize(format="turtle" if result.type in ("CONSTRUCT", "DESCRIBE") else "csv")
    except Exception as e:  # rdflib's parser and evaluator raise many kinds; each is a failed query here.
        print("rdflib_example.py: %s: %s" % (type(e).__name__, str(e).strip()[:500]), file=sys.stderr)
        return 1
    sys.stdout.write(out.decode("utf-8") if isinstance(out, bytes) else out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

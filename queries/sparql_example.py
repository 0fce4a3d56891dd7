#!/usr/bin/python3
"""Ask a MedFM-KG SPARQL endpoint a question with SPARQLWrapper.

usage: sparql_example.py ENDPOINT [QUERY.rq]

Without a query file it asks which models were built from Segment Anything (SAM), at any depth.
SELECT and ASK answers print as tab-separated rows under a header line; CONSTRUCT and DESCRIBE
answers print as Turtle. Exit status: 0 success, 1 the endpoint failed, 2 bad usage.

On Debian: apt-get install python3-sparqlwrapper, then run it with /usr/bin/python3.
"""
import sys

from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper

BUILT_FROM_SAM = """
PREFIX medfm: <https://w3id.org/medfm/ontology#>
PREFIX model: <https://w3id.org/medfm/id/model/>
PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>

SELECT ?model ?label
WHERE {
  ?model medfm:derivedFrom+ model:segment-anything ;
         rdfs:label ?label .
}
ORDER BY ?label
"""


def ask(endpoint, query):
    """Sends the query and returns the lines to print."""
    sparql = SPARQLWrapper(endpoint)
    sparql.setMethod(POST)
    sparql.setQuery(query)
    if sparql.queryType in ("CONSTRUCT", "DESCRIBE"):
        sparql.setReturnFormat(TURTLE)
        turtle = sparql.query().convert()
        return [turtle.decode("utf-8") if isinstance(turtle, bytes) else turtle.serialize(format="turtle")]
    sparql.setReturnFormat(JSON)
    answer = sparql.query().convert()
    if "boolean" in answer:
        return ["yes" if answer["boolean"] else "no"]
    columns = answer["head"]["vars"]
    rows = [[row[c]["value"] if c in row else "" for c in columns] for row in answer["results"]["bindings"]]
    return ["\t".join(columns)] + ["\t".join(row) for row in rows]


def main(argv):
    if len(argv) not in (2, 3) or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    query = BUILT_FROM_SAM
    if len(argv) == 3:
        with open(argv[2], encoding="utf-8") as f:
            query = f.read()
    try:
        lines = ask(argv[1], query)
    except Exception as e:  # SPARQLWrapper raises its own errors and urllib's; each is a failed request here.
        print("sparql_example.py: %s: %s" % (type(e).__name__, str(e).strip()), file=sys.stderr)
        return 1
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

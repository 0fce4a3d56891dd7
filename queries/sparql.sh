#!/usr/bin/env bash
# Send a SPARQL query file to a SPARQL endpoint (SPARQL 1.1 Protocol, POST) and print the answer.
# Exit status: 0 success; 1 the endpoint was unreachable or answered with an HTTP error; 2 bad usage.
set -eu

usage() {
    cat >&2 <<'USAGE'
usage: sparql.sh ENDPOINT QUERY.rq [FORMAT]

Sends QUERY.rq to the SPARQL endpoint ENDPOINT and prints the answer on stdout.
FORMAT chooses the Accept header:
  json    application/sparql-results+json   (default for SELECT and ASK)
  xml     application/sparql-results+xml
  csv     text/csv
  tsv     text/tab-separated-values
  ttl     text/turtle                       (default for CONSTRUCT and DESCRIBE)
  nt      application/n-triples
  jsonld  application/ld+json
  rdfxml  application/rdf+xml
On an HTTP error the status and the server's message go to stderr and the exit status is 1.

example: sparql.sh http://127.0.0.1:3030/sparql queries/built-from-sam.rq csv
USAGE
}

if [ "$#" -lt 2 ] || [ "$#" -gt 3 ]; then
    usage
    exit 2
fi
endpoint=$1
query=$2
format=${3:-}

if [ ! -r "$query" ]; then
    echo "sparql.sh: cannot read $query" >&2
    exit 2
fi

if [ -z "$format" ]; then
    # Graph queries get an RDF syntax, the others a result table. Comments are dropped first, so that a word
    # in the opening comment does not count (the '#' inside <...> IRIs cuts nothing that matters here).
    if sed 's/#.*//' "$query" | grep -qiE '(^|[^[:alnum:]_?$])(CONSTRUCT|DESCRIBE)([^[:alnum:]_]|$)'; then
        format=ttl
    else
        format=json
    fi
fi

case $format in
    json) accept=application/sparql-results+json ;;
    xml) accept=application/sparql-results+xml ;;
    csv) accept=text/csv ;;
    tsv) accept=text/tab-separated-values ;;
    ttl) accept=text/turtle ;;
    nt) accept=application/n-triples ;;
    jsonld) accept=application/ld+json ;;
    rdfxml) accept=application/rdf+xml ;;
    *)
        echo "sparql.sh: unknown format '$format'" >&2
        usage
        exit 2
        ;;
esac

body=$(mktemp)
trap 'rm -f "$body"' EXIT

if ! status=$(curl --silent --show-error --location --output "$body" --write-out '%{http_code}' \
        --post301 --post302 --post303 --header "Accept: $accept" --header 'Content-Type: application/sparql-query; charset=utf-8' \
        --data-binary "@$query" -- "$endpoint"); then
    echo "sparql.sh: no answer from $endpoint" >&2
    exit 1
fi

case $status in
    2??)
        cat "$body"
        ;;
    *)
        echo "sparql.sh: HTTP $status from $endpoint" >&2
        cat "$body" >&2
        exit 1
        ;;
esac

/** Benchmarks, run by hand (never by the test suite): the server against a bare embedded Fuseki. */
package org.w3id.medfm.bench;

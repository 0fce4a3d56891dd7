/**
 * The command line: one thin class per command that parses options, calls the logic and maps the outcome to an
 * exit status (0 success, 1 bad input, 2 internal error).
 */
package org.w3id.medfm.cli;

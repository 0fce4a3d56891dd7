/**
 * Reading curators' YAML files into a tree that remembers the line of every key and value, and the problem
 * type ({@code path:line: field: message}) that every stage reports bad input with.
 */
package org.w3id.medfm.source;

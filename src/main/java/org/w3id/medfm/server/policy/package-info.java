/**
 * The HTTP policy of the public server, apart from what it serves: fair sharing of query time between clients,
 * limits on what one request may take, timeouts against slow clients, and content negotiation by RFC 9110.
 */
package org.w3id.medfm.server.policy;

/**
 * The lists as Markdown, both ways: reading a page of any list the data follows (the seed's tables, paper
 * blocks, bullets) into rows matched to the data by paper, which become new entries or listings, and rendering
 * a list's page from the data, the seed's with corrected cells marked.
 */
package org.w3id.medfm.markdown;

/**
 * The awesome list as Markdown, both ways: reading a page in the seed's shape (sections of tables) into rows of
 * listed values and new entry files, and rendering the page from the data, with corrected cells marked.
 */
package org.w3id.medfm.markdown;

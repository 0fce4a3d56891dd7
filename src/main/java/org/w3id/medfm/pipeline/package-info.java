/** The whole build in one call: data folder to checked records to RDF to SHACL, all problems at once. */
package org.w3id.medfm.pipeline;

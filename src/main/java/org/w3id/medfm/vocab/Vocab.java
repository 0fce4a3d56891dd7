package org.w3id.medfm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few terms of standard vocabularies that Jena's own vocabulary classes do not declare. */
public final class Vocab {
    public static final String SCHEMA = "http://schema.org/";
    public static final Property schemaSameAs = ResourceFactory.createProperty(SCHEMA + "sameAs");
    public static final Property schemaCorrection = ResourceFactory.createProperty(SCHEMA + "correction");
    public static final Property schemaItem = ResourceFactory.createProperty(SCHEMA + "item");
    public static final Property schemaUrl = ResourceFactory.createProperty(SCHEMA + "url");
    public static final Property schemaVersion = ResourceFactory.createProperty(SCHEMA + "version");
    public static final Property schemaAuthor = ResourceFactory.createProperty(SCHEMA + "author");
    public static final Property schemaName = ResourceFactory.createProperty(SCHEMA + "name");
    public static final Property schemaAlternateName = ResourceFactory.createProperty(SCHEMA + "alternateName");
    public static final Property schemaDatePublished = ResourceFactory.createProperty(SCHEMA + "datePublished");
    public static final Property schemaIssn = ResourceFactory.createProperty(SCHEMA + "issn");
    public static final Resource schemaPerson = ResourceFactory.createResource(SCHEMA + "Person");
    public static final String BIBO = "http://purl.org/ontology/bibo/";
    /** The authors of a work in order, as an rdf:List (BIBO). */
    public static final Property biboAuthorList = ResourceFactory.createProperty(BIBO + "authorList");
    public static final String ORCID = "https://orcid.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final Property provWasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property provQualifiedDerivation = ResourceFactory.createProperty(PROV + "qualifiedDerivation");
    public static final Property provEntity = ResourceFactory.createProperty(PROV + "entity");
    public static final Resource schemaDataset = ResourceFactory.createResource(SCHEMA + "Dataset");
    public static final Property schemaLicense = ResourceFactory.createProperty(SCHEMA + "license");
    public static final Resource dctermsLicenseDocument = ResourceFactory.createResource("http://purl.org/dc/terms/LicenseDocument");
    public static final String HUGGINGFACE_DATASETS = "https://huggingface.co/datasets/";
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    public static final String HUGGINGFACE = "https://huggingface.co/";
    public static final String ARXIV_ABS = "https://arxiv.org/abs/";
    public static final String DOI_ORG = "https://doi.org/";
    public static final Resource skosConcept = ResourceFactory.createResource("http://www.w3.org/2004/02/skos/core#Concept");

    private Vocab() {
    }
}

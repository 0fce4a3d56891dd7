package org.w3id.medfm.output;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.net.URI;

/** A JSON-LD document loader that loads nothing: no remote context is ever fetched. */
public enum OfflineLoader implements DocumentLoader {
    INSTANCE;

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "remote JSON-LD documents are never fetched (" + url + "); embed the context instead");
    }
}

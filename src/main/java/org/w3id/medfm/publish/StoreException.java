package org.w3id.medfm.publish;

/** The store could not be reached, refused a request, or holds another count than the dump: one line says which. */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.kopru.camel.routes.store;

/**
 * The database could not record or read a fact of the pipeline. Whatever depended on it did not happen: a send
 * whose attempt could not be recorded did not leave (its exchange fails, and the broker redelivers it later).
 */
public class StoreFailure extends RuntimeException {

    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

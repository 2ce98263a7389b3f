package io.kopru.camel.sandbox.restlink;

/** A request whose HMAC signature the simulator verified and accepted, as it arrived. */
public final class RestlinkSignedRequest {

    public final String method;
    /** The path as sent, without the query string: what the signature covers. */
    public final String path;
    /** The raw query string, or null; not covered by the signature. */
    public final String query;
    public final long timestamp;
    public final String signature;

    RestlinkSignedRequest(String method, String path, String query, long timestamp, String signature) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.timestamp = timestamp;
        this.signature = signature;
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query) + " @" + timestamp;
    }
}

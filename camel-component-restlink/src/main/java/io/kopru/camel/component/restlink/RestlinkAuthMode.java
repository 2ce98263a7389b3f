package io.kopru.camel.component.restlink;

/** How an endpoint authenticates, decided by which credentials it has. */
public enum RestlinkAuthMode {
    /** {@code X-API-Key} alone. */
    API_KEY,
    /** {@code X-API-Key} with {@code X-Timestamp} and {@code X-Signature} ({@code signRequests=true}). */
    SIGNED_API_KEY,
    /** {@code Authorization: Bearer} with a token from the JWT login ({@code username} and {@code password}). */
    JWT
}

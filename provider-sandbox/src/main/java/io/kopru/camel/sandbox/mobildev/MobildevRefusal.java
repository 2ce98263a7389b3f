package io.kopru.camel.sandbox.mobildev;

/**
 * A request the simulator refuses. Security and OAuth errors answer a JSON body
 * {@code {"error": "...", "error_description": "..."}} with an HTTP status (guide §6); errors in an XML message body
 * answer, like Mobildev's XML API, HTTP 200 with a bare two-digit code; the same errors in a JSON body answer
 * {@code {"success": false, "error": ..., "code": ...}} with an HTTP status.
 */
final class MobildevRefusal extends RuntimeException {

    final int status;
    final String error;
    final String legacyCode;

    private MobildevRefusal(int status, String error, String legacyCode, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
        this.legacyCode = legacyCode;
    }

    /** A security, OAuth or routing error: always JSON. */
    static MobildevRefusal of(int status, String error, String description) {
        return new MobildevRefusal(status, error, null, description);
    }

    /** An error in the message body: a bare code for XML, JSON otherwise. */
    static MobildevRefusal body(int jsonStatus, String error, String legacyCode, String description) {
        return new MobildevRefusal(jsonStatus, error, legacyCode, description);
    }

    String description() {
        return getMessage();
    }
}

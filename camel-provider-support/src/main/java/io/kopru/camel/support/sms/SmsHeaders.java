package io.kopru.camel.support.sms;

/**
 * The provider-neutral SMS headers every SMS component reads and writes, so that a route can fail over from one
 * provider to another without changing its messages.
 */
public final class SmsHeaders {

    /** In: the recipients, a {@code List<String>} or a comma-separated {@code String}. */
    public static final String TO = "CamelSmsTo";
    /** In: the sender id; overrides the endpoint's {@code sender} option. */
    public static final String SENDER = "CamelSmsSender";
    /** Out: the provider's message or order id. In, for status queries: the id to look up. */
    public static final String MESSAGE_ID = "CamelSmsMessageId";
    /** Out: the provider that accepted the message ({@code iletimerkezi}, {@code mobildev}, {@code restlink}). */
    public static final String PROVIDER = "CamelSmsProvider";
    /**
     * In: the sender's key of a message: two submissions with the same key are one message, sent at most once (the
     * routes library keeps a send attempt per key). Without it, the JMS message id is the key.
     */
    public static final String IDEMPOTENCY_KEY = "CamelSmsIdempotencyKey";

    private SmsHeaders() {
    }
}

package io.kopru.camel.component.mobildev;

/** The operations of a mobildev endpoint, {@code mobildev:send}, {@code mobildev:campaign-send}... */
public enum MobildevOperation {
    /** Transactional SMS, signed with the API key and secret: {@code POST /v1/transactional/send}. */
    SEND("send", false),
    /** Delivery reports of a transactional send: {@code GET /v1/transactional/status/{id}}. */
    STATUS("status", false),
    /** Campaign SMS with a person's consent (OAuth2 bearer): {@code POST /v1/campaign/send}. */
    CAMPAIGN_SEND("campaign-send", true),
    /** Delivery reports of a campaign: {@code GET /v1/campaign/status/{id}}. */
    CAMPAIGN_STATUS("campaign-status", true),
    /** The URL a person opens to authorize campaigns, with a fresh, remembered {@code state}. */
    AUTHORIZE_URL("authorize-url", true),
    /** Exchanges the code the person came back with for a token, kept in the token store. */
    EXCHANGE_CODE("exchange-code", true),
    /** Cancels a scheduled send (classic XML API, Action 6). */
    CANCEL("cancel", false);

    private final String uriName;
    private final boolean oauth;

    MobildevOperation(String uriName, boolean oauth) {
        this.uriName = uriName;
        this.oauth = oauth;
    }

    /** The name in endpoint URIs. */
    public String uriName() {
        return uriName;
    }

    /** Whether it works with the OAuth2 client rather than the API key. */
    public boolean isOAuth() {
        return oauth;
    }

    @Override
    public String toString() {
        return uriName;
    }
}

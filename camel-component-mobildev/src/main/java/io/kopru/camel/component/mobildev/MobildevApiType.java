package io.kopru.camel.component.mobildev;

/** Which of Mobildev's two APIs an endpoint talks to, as named in endpoint URIs. */
public enum MobildevApiType {
    /** The integrator guide's {@code /v1} API: requests signed with HMAC, campaigns under OAuth2 consent. */
    INTEGRATOR,
    /**
     * The classic XML API every public client uses: a POST of XML to the root path, the credentials in
     * {@code <UserName>}/{@code <PassWord>} inside the body.
     */
    CLASSIC;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

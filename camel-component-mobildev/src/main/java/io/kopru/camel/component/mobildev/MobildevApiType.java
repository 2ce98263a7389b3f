package io.kopru.camel.component.mobildev;

/** Which of Mobildev's two APIs an endpoint talks to. */
public enum MobildevApiType {
    /** The integrator guide's {@code /v1} API: requests signed with HMAC, campaigns under OAuth2 consent. */
    integrator,
    /**
     * The classic XML API every public client uses: a POST of XML to the root path, the credentials in
     * {@code <UserName>}/{@code <PassWord>} inside the body.
     */
    classic
}

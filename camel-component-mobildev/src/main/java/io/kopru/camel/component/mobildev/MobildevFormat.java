package io.kopru.camel.component.mobildev;

/** The body format of the Mobildev API, as named in endpoint URIs. */
public enum MobildevFormat {
    /** The MainmsgBody of Mobildev's guide, every character escaped. */
    XML,
    /** Minified, as the guide's FAQ asks. */
    JSON;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

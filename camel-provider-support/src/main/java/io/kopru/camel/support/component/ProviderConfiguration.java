package io.kopru.camel.support.component;

import io.kopru.camel.support.http.ProviderHttpConfiguration;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParams;

import java.util.List;

/**
 * The options every provider endpoint has, on top of the HTTP transport: the operation of the URI's path, typed as the
 * provider's enum (whose {@code toString()} is the name written in URIs, so the catalog lists those names), the base
 * URL, and the credentials each operation needs. Set on the component, the options are every endpoint's defaults:
 * each endpoint starts from a {@link #copy()}.
 *
 * @param <O> the provider's operations
 */
@UriParams
public abstract class ProviderConfiguration<O extends Enum<O>> extends ProviderHttpConfiguration implements Cloneable {

    /** The operation of the URI's path; each provider declares the field, typed as its enum, for the catalog. */
    public abstract O getOperation();

    public abstract void setOperation(O operation);

    /** Scheme, host and optional port of the provider's API, as configured. */
    public abstract String getBaseUrl();

    /**
     * The credentials the operation needs and lacks, each named as the option to set (with a hint where the panel calls
     * it otherwise); empty when nothing is missing.
     */
    protected abstract List<String> missingCredentials();

    /** Adds {@code name} to {@code missing} when {@code value} is null or blank. */
    protected static void require(List<String> missing, String value, String name) {
        if (isBlank(value)) {
            missing.add(name);
        }
    }

    protected static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** A copy whose later changes do not reach this one; the component's configuration stays every endpoint's default. */
    public ProviderConfiguration<O> copy() {
        try {
            @SuppressWarnings("unchecked")
            ProviderConfiguration<O> copy = (ProviderConfiguration<O>) clone();
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}

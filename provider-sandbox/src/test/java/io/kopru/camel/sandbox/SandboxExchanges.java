package io.kopru.camel.sandbox;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;

/** Opens {@link SandboxExchange}'s constructor to the fuzz targets of other test packages. */
public final class SandboxExchanges {

    private SandboxExchanges() {
    }

    public static SandboxExchange of(HttpExchange http) throws IOException {
        return new SandboxExchange(http);
    }
}

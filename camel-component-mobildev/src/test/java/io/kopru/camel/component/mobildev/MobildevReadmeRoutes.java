package io.kopru.camel.component.mobildev;

import org.apache.camel.builder.RouteBuilder;

/** The README's Java DSL example, compiled and run by {@link MobildevReadmeExamplesTest}. */
public class MobildevReadmeRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // README-BEGIN
        from("direct:otp").routeId("mobildev-otp")
                .to("mobildev:send?rateLimit=5000&rateLimitPeriod=60000")
                .log("Mobildev accepted ${header.CamelSmsMessageId}");

        from("direct:mobildev-authorize").routeId("mobildev-authorize")
                .to("mobildev:authorize-url");

        // carries the authorization code until exchange-code has used it: not traced
        from("platform-http:/oauth/callback").routeId("mobildev-callback").noTracing()
                .to("mobildev:exchange-code")
                .setBody(simple("Yetkilendirme başarılı (${body.scope})"));

        from("direct:campaign").routeId("mobildev-campaign")
                .to("mobildev:campaign-send?rateLimit=10000&rateLimitPeriod=3600000");
        // README-END
    }
}

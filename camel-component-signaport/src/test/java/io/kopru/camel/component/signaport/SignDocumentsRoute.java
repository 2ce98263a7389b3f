package io.kopru.camel.component.signaport;

import org.apache.camel.builder.RouteBuilder;

/** The Java DSL example of the README, as it is there. */
public class SignDocumentsRoute extends RouteBuilder {

    @Override
    public void configure() {
        // README:begin
        from("direct:sign-document").routeId("sign-document")
                // keep the document: get-token replaces the body with the token
                .setVariable("document", body())
                // a new sign token for this document, never one used before; stay under Signaport's 10 a minute
                .to("signaport:get-token?signatureType=MEDULA&rateLimit=10&rateLimitPeriod=60000")
                .setBody(variable("document"))
                // refuse the token if it is past its 5 minutes by now, before it is used
                .process(new SignaportSignTokenGuard())
                // the token is in the CamelSignaportSignToken header, the document in the body
                .to("{{signing.endpoint}}");
        // README:end
    }
}
